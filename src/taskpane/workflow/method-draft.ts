import { defaultMethodV1 } from '../../core/method';
import { Method, TypeRule } from '../../core/model/method';

/** The Methode form: the rule, the two weights as typed, and the method the other parameters come from. */
export interface MethodDraft {
  base: Method;
  rule: TypeRule;
  lead: string;
  support: string;
}

export function draftOf(method: Method): MethodDraft {
  return { base: method, rule: method.rule, lead: String(method.weights.lead), support: String(method.weights.support) };
}

/** "Standard wiederherstellen": every parameter back to method version 1. */
export function defaultDraft(): MethodDraft {
  return draftOf(defaultMethodV1());
}

/** A typed number, with a German decimal comma allowed; null when it is not a number. */
export function parseWeight(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

export interface DraftCheck {
  leadValid: boolean;
  supportValid: boolean;
  /** The method to save, or null while an entry is invalid. */
  method: Method | null;
}

/** Lead weight above 0, support weight 0 or more (as the Method schema demands). */
export function checkDraft(draft: MethodDraft): DraftCheck {
  const lead = parseWeight(draft.lead);
  const support = parseWeight(draft.support);
  const leadValid = lead !== null && lead > 0;
  const supportValid = support !== null && support >= 0;
  return {
    leadValid,
    supportValid,
    method: leadValid && supportValid ? { ...draft.base, rule: draft.rule, weights: { lead: lead, support: support } } : null,
  };
}

/** Whether the draft differs from the stored method. */
export function isDirty(draft: MethodDraft, stored: Method): boolean {
  const { method } = checkDraft(draft);
  return method === null || JSON.stringify(method) !== JSON.stringify(stored);
}
