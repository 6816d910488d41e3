import { produce } from 'immer';
import type { LogicModelNote } from '../model/plan-schema.ts';
import { defineCommand } from './define-command.ts';
import type { FieldEdit } from './editable.ts';

export const addLogicNote = defineCommand<{ note: LogicModelNote }>({
  id: 'logic-note.add',
  apply: (plan, { note }) =>
    produce(plan, (draft) => {
      draft.logicModelNotes.push(note);
    }),
});

/** Edits a note's text, its kind (assumption or external factor) or the node it is attached to; only the text is typed. */
export const setLogicNoteField = defineCommand<{ id: string } & FieldEdit<LogicModelNote>>({
  id: 'logic-note.set-field',
  apply: (plan, { id, field, value }) =>
    produce(plan, (draft) => {
      const note = draft.logicModelNotes.find((candidate) => candidate.id === id);
      if (note) (note as Record<string, unknown>)[field] = value;
    }),
  mergeKey: ({ id, field }) => (field === 'text' ? id : null),
});

export const removeLogicNote = defineCommand<{ id: string }>({
  id: 'logic-note.remove',
  apply: (plan, { id }) =>
    produce(plan, (draft) => {
      draft.logicModelNotes = draft.logicModelNotes.filter((note) => note.id !== id);
    }),
});
