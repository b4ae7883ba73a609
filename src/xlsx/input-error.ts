import { Text } from '../core/model/text';

/** Why an input workbook cannot be read as an indicator table. */
export type InputProblem = 'corrupt' | 'missing-table' | 'missing-sheet' | 'no-header' | 'empty' | 'merged-header';

/**
 * A workbook that opens but holds no usable indicator table. Carries the user message (German first);
 * the command-line runner prints it and exits with its "unreadable input" code.
 */
export class InputError extends Error {
  readonly user: Text;
  readonly problem: InputProblem;

  constructor(problem: InputProblem, user: Text, options: { cause?: unknown } = {}) {
    super(user.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'InputError';
    this.problem = problem;
    this.user = user;
  }
}
