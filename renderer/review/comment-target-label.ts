import type { Language } from '@shared/model/localized-text.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { parseTargetPath, targetName, type CommentTarget } from '@shared/review/comment-targets.ts';
import { translate } from '../i18n/i18n.ts';

/** What a comment is about, in words: "Service: Day centre", or the stored path when the item is gone. */
export function commentTargetLabel(plan: Plan, path: string, language: Language): string {
  const target = parseTargetPath(path);
  const name = target ? targetName(plan, target, language) : null;
  if (!target || name === null) return translate(language, 'review.itemGone', { path });
  return targetLabel(target, name, language);
}

export function targetLabel(target: CommentTarget, name: string, language: Language): string {
  return target.kind === 'plan' ? translate(language, 'review.target.plan') : translate(language, `review.target.${target.kind}`, { name });
}
