import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { registerOffline } from '@/app/offline';
import { followOtherTabs } from '@/features/draft/store';
import { browserLocale, initI18n } from '@/i18n/i18n';
import '@/components/ui/ui.css';
import '@/features/preview/policy.css';
import './app/app.css';

initI18n(browserLocale());
followOtherTabs();
registerOffline();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
