/**
 * The catalogue moved to shared/i18n. This name stays only for renderer/logic-model/model-picture.ts,
 * which another change holds open; import MessageKey from './i18n.ts' and delete this file once it does.
 */
export type { MessageKey } from '@shared/i18n/catalogue.ts';
