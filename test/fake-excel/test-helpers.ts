/** Helpers shared by the fake's own tests. */
import { FakeOfficeError } from './errors';

/** Awaits `action` and returns the Office-style error it rejected with (fails the test otherwise). */
export async function officeErrorOf(action: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await action;
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error('expected an Office error, but the action succeeded');
}

/** Calls `read` and returns the Office-style error it threw synchronously. */
export function thrownBy(read: () => unknown): FakeOfficeError {
  try {
    read();
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error('expected an Office error, but nothing was thrown');
}
