import { produce } from 'immer';
import type { LogicModelNote } from '../model/plan-schema.ts';
import type { PlanCommand } from './plan-commands.ts';
import type { FieldEdit } from './editable.ts';

export const addLogicNote: PlanCommand<{ note: LogicModelNote }> = (plan, { note }) =>
  produce(plan, (draft) => {
    draft.logicModelNotes.push(note);
  });

/** Edits a note's text, its kind (assumption or external factor) or the node it is attached to. */
export const setLogicNoteField: PlanCommand<{ id: string } & FieldEdit<LogicModelNote>> = (plan, { id, field, value }) =>
  produce(plan, (draft) => {
    const note = draft.logicModelNotes.find((candidate) => candidate.id === id);
    if (note) (note as Record<string, unknown>)[field] = value;
  });

export const removeLogicNote: PlanCommand<{ id: string }> = (plan, { id }) =>
  produce(plan, (draft) => {
    draft.logicModelNotes = draft.logicModelNotes.filter((note) => note.id !== id);
  });
