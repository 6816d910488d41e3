import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { host } from './host/host-client.ts';
import { useLanguage } from './i18n/i18n.ts';
import { startAutosave } from './state/autosave.ts';
import { offerRecovery, openStartupPlan } from './state/file-actions.ts';
import { useUiStore } from './state/ui-store.ts';
import { App } from './components/App.tsx';
import './styles.css';

async function boot(): Promise<void> {
  const [info, settings] = await Promise.all([host['app:info']({}), host['settings:get']({})]);
  useUiStore.getState().setInfo(info);
  useLanguage.getState().setLanguage(settings.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Recovery is looked up before the startup plan opens, so autosave cannot overwrite it first.
  const offer = offerRecovery();
  await openStartupPlan();
  await offer;
  startAutosave();
}

void boot();
