import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { host } from './host/host-client.ts';
import { translate, useLanguage } from './i18n/i18n.ts';
import { startRecoverySync } from './state/recovery-sync.ts';
import { offerRecovery, openStartupPlan } from './state/file-actions.ts';
import { useUiStore } from './state/ui-store.ts';
import { startReadOnlyNotices, useReviewSession } from './state/review-session.ts';
import { startViewHistory } from './state/view-history.ts';
import { startLayoutWarmUp } from './logic-model/warm-layout.ts';
import { App } from './components/App.tsx';
import { BootFailure } from './components/BootFailure.tsx';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

async function boot(): Promise<void> {
  const [info, settings] = await Promise.all([host['app:info']({}), host['settings:get']({})]);
  useUiStore.getState().setInfo(info);
  useLanguage.getState().setLanguage(settings.language);
  useReviewSession.getState().takeSettings(settings);
  startReadOnlyNotices();
  startViewHistory();
  // ELK's worker starts now and lays each plan out as it opens, so the logic model is drawn at once.
  startLayoutWarmUp();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Work left by a crash is listed before anything new is written to the recovery folder.
  await offerRecovery();
  await openStartupPlan();
  useUiStore.getState().finishStartup();
  startRecoverySync();
}

boot().catch((error: Error) => {
  document.title = translate('he', 'app.name');
  root.render(<BootFailure detail={error.message} />);
});
