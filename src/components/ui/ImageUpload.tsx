import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { FieldTag } from './Field';
import { Button } from './Layout';
import './ui.css';
import './image-upload.css';

/**
 * GOV.UK's file upload, for one picture: label, hint, inline error, the browser's own file
 * input, and under it the picture chosen (a thumbnail, what it is, and a button to remove it).
 * The input is emptied after every choice: the picture kept is the one shown, never a file the
 * caller refused. Every word arrives through props, already translated.
 */

export interface ChosenImage {
  /** A `data:` or `blob:` URL of the picture. */
  src: string;
  width: number;
  height: number;
  /** What it is, e.g. "logo.png (120 × 40 px)": shown beside the thumbnail, which is then decorative. */
  description: string;
}

export interface ImageUploadProps {
  /** The input's id: the error summary links to `#${id}`. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The translated "(optional)", shown after the label. */
  optional?: string;
  error?: string;
  /** The translated "Error:", read out before the inline message but not shown. */
  errorPrefix: string;
  /** E.g. "Example answer": a tag under the label. */
  tag?: string;
  /** The file types offered in the browser's file chooser, e.g. `image/png,image/jpeg`. */
  accept: string;
  chosen: ChosenImage | null;
  /** Said before the description, e.g. "Chosen logo:". */
  chosenLabel: string;
  /** The remove button's words, e.g. "Remove logo". */
  removeLabel: string;
  /** A file was picked: the caller checks it, and keeps it or says why not. */
  onChoose: (file: File) => void;
  onRemove: () => void;
}

export function ImageUpload({
  id,
  label,
  hint,
  optional,
  error,
  errorPrefix,
  tag,
  accept,
  chosen,
  chosenLabel,
  removeLabel,
  onChoose,
  onRemove,
}: ImageUploadProps) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const tagId = `${id}-tag`;
  const chosenId = `${id}-chosen`;

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Emptied at once, so choosing the same file again is a change too.
    event.target.value = '';
    if (file) onChoose(file);
  };
  const remove = () => {
    onRemove();
    // The button goes with the picture: focus stays on the question, not lost to the page.
    input.current?.focus();
  };

  return (
    <div className={`ui-form-group${error ? ' ui-form-group--error' : ''}`}>
      <label className="ui-label" htmlFor={id}>
        {label}
        {optional ? ` ${optional}` : null}
      </label>
      {tag ? <FieldTag id={tagId} text={tag} /> : null}
      {hint ? (
        <div id={hintId} className="ui-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="ui-error-message">
          <span className="visually-hidden">{errorPrefix}</span> {error}
        </p>
      ) : null}
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        className="ui-file ui-image-upload__input"
        aria-describedby={
          [tag && tagId, hint && hintId, error && errorId, chosen && chosenId].filter(Boolean).join(' ') ||
          undefined
        }
        aria-invalid={error ? true : undefined}
        onChange={choose}
      />
      {/* Always there, so a screen reader announces the picture when one is chosen. */}
      <div className="ui-image-upload__chosen" aria-live="polite">
        {chosen ? (
          <>
            <img
              className="ui-image-upload__thumbnail"
              src={chosen.src}
              width={chosen.width}
              height={chosen.height}
              alt=""
            />
            <p id={chosenId} className="ui-image-upload__description">
              <span className="ui-image-upload__chosen-label">{chosenLabel}</span>{' '}
              <span>{chosen.description}</span>
            </p>
          </>
        ) : null}
      </div>
      {chosen ? (
        <Button variant="secondary" className="ui-image-upload__remove" onClick={remove}>
          {removeLabel}
        </Button>
      ) : null}
    </div>
  );
}
