import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { InstallationKeys, TrustedKey } from '@shared/host-api.ts';
import { host } from '../host/host-client.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import { useReviewSession } from '../state/review-session.ts';
import { useUiStore } from '../state/ui-store.ts';

type InstallationTrust = {
  /** The installation's trusted list as the host last read it; null until it has answered. */
  installation: InstallationKeys | null;
  requested: boolean;
};

export const useInstallationKeys = create<InstallationTrust>(() => ({ installation: null, requested: false }));

/** Reads the installation's trusted list again (an administrator may have added a key file since). */
export async function loadInstallationKeys(): Promise<void> {
  useInstallationKeys.setState({ requested: true });
  try {
    useInstallationKeys.setState({ installation: await host['keys:installation']({}) });
  } catch (error) {
    useInstallationKeys.setState({ requested: false });
    useUiStore.getState().notify('error', translate(useLanguage.getState().language, 'action.failed', { detail: (error as Error).message }));
  }
}

/**
 * Every key whose approvals this installation believes: those the user imported, then the
 * installation's list (asked for when something first shows an approval). Never "any key".
 */
export function useTrustedKeys(): readonly TrustedKey[] {
  const imported = useReviewSession((state) => state.trustedKeys);
  const installation = useInstallationKeys((state) => state.installation);
  useEffect(() => {
    if (!useInstallationKeys.getState().requested) void loadInstallationKeys();
  }, []);
  return useMemo(() => [...imported, ...(installation?.keys ?? [])], [imported, installation]);
}
