import { useId, useState } from 'react';

/**
 * A button that shows and hides a panel: its state, and the attributes that tie the two together
 * for assistive technology (`aria-expanded`, `aria-controls` and the panel's id).
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return {
    open,
    toggleProps: {
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': id,
      onClick: () => setOpen((was) => !was),
    },
    panelId: id,
  };
}
