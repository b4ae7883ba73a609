/**
 * Errors shaped like OfficeExtension.Error, so code under test can branch on `code` and log
 * `debugInfo` exactly as it would against Excel.
 */

/** The error codes the fake raises; the strings are the ones Excel uses. */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidObjectPath'
  | 'InvalidRequestContext'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'AccessDenied'
  | 'GeneralException';

/** Default messages, worded after Excel's own so logs from the fake read like real ones. */
const MESSAGES: Record<FakeErrorCode, string> = {
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation is invalid for the object in its current state.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'There was an internal error while processing the request.',
};

export interface FakeErrorInit {
  code: FakeErrorCode | string;
  message?: string;
  /** Where it happened, e.g. "Range.values" — Office.js puts the same into debugInfo.errorLocation. */
  errorLocation?: string;
  /** The queued statement that failed, like Office.js' debugInfo.statement. */
  statement?: string;
}

/**
 * A RichApi-style error. It implements the members of OfficeExtension.Error that code under test
 * reads; `innerError` is left out because Office.js itself leaves it undefined in most failures.
 */
export class FakeOfficeError
  extends Error
  implements Pick<OfficeExtension.Error, 'name' | 'code' | 'message' | 'debugInfo' | 'traceMessages'>
{
  override readonly name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: OfficeExtension.DebugInfo;
  readonly traceMessages: string[] = [];

  constructor(init: FakeErrorInit) {
    const message = init.message ?? MESSAGES[init.code as FakeErrorCode] ?? init.code;
    super(message);
    this.code = init.code;
    this.debugInfo = {
      code: init.code,
      message,
      ...(init.errorLocation === undefined ? {} : { errorLocation: init.errorLocation }),
      ...(init.statement === undefined ? {} : { statement: init.statement }),
    };
  }
}

/** Shorthand used throughout the fake: `throw officeError('ItemNotFound', 'Worksheet.getItem')`. */
export function officeError(code: FakeErrorCode, errorLocation?: string, message?: string): FakeOfficeError {
  return new FakeOfficeError({
    code,
    ...(message === undefined ? {} : { message }),
    ...(errorLocation === undefined ? {} : { errorLocation }),
  });
}

/** The exact wording Office.js uses when a property is read before load + sync. */
export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError({
    code: 'PropertyNotLoaded',
    message: `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    errorLocation: `${typeName}.${property}`,
  });
}

export function isFakeOfficeError(value: unknown): value is FakeOfficeError {
  return value instanceof FakeOfficeError;
}
