import { create } from 'zustand';
import type { Settings, TrustedKey } from '@shared/host-api.ts';
import { host } from '../host/host-client.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import { usePlanStore } from './plan-store.ts';
import { useUiStore } from './ui-store.ts';

export type WorkingRole = Settings['workingRole'];

type ReviewSession = {
  /** Chosen in the app; a reviewer's plan is read-only but for comments and the review's acts. */
  role: WorkingRole;
  userName: string;
  trustedKeys: TrustedKey[];
  setRole(role: WorkingRole): void;
  setUserName(userName: string): void;
  takeSettings(settings: Settings): void;
};

export const useReviewSession = create<ReviewSession>((set) => ({
  role: 'team',
  userName: '',
  trustedKeys: [],
  setRole(role) {
    set({ role });
    usePlanStore.getState().setReadOnly(role === 'reviewer');
    void remember();
  },
  setUserName(userName) {
    set({ userName });
    void remember();
  },
  takeSettings(settings) {
    set({ userName: settings.userName, trustedKeys: settings.trustedKeys, role: settings.workingRole });
    usePlanStore.getState().setReadOnly(settings.workingRole === 'reviewer');
  },
}));

async function remember(): Promise<void> {
  const { userName, role } = useReviewSession.getState();
  await host['settings:set-identity']({ userName: userName.slice(0, 120), workingRole: role });
}

/** Says why nothing changed when a reviewer tries to edit the plan. */
export function startReadOnlyNotices(): void {
  usePlanStore.subscribe((state, previous) => {
    if (state.refusedEdits > previous.refusedEdits) {
      useUiStore.getState().notify('info', translate(useLanguage.getState().language, 'review.refused'));
    }
  });
}
