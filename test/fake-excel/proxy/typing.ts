/**
 * Compile-time fidelity to @types/office-js.
 *
 * Every fake class is declared as `class FakeX extends FakeLoadable<Excel.X, …> implements Faithful<FakeX, Excel.X>`:
 *  - `Pick<Excel.X, keyof FakeX & keyof Excel.X>` makes each member the fake declares match the real
 *    signature (a wrong parameter or return type is a compile error);
 *  - the second half adds a required member named "not in the real API: foo" for every public
 *    member `foo` the real type lacks, so inventing API is a compile error that names the member.
 * Internal state hides behind the CORE symbol (and a phantom REAL symbol) and private members, which
 * `keyof` does not see.
 */

/** Key of every fake's internal state; symbol-keyed so JSON.stringify and `keyof` ignore it. */
export const CORE: unique symbol = Symbol('fake-excel core');

/** Phantom key recording which real type a fake stands for (never set at runtime). */
export declare const REAL: unique symbol;

type Internal = typeof CORE | typeof REAL;
type Invented<F, R> = Exclude<keyof F, keyof R | Internal>;

export type Faithful<F, R> = Pick<R, keyof F & keyof R> &
  ([Invented<F, R>] extends [never] ? unknown : { readonly [K in `not in the real API: ${string & Invented<F, R>}`]: never });

/** The one place a fake is handed out as its real type; the `Faithful` clause has already checked it. */
export function asReal<R>(fake: { readonly [REAL]: R }): R {
  return fake as unknown as R;
}

/** What `load` accepts: "a, b/c", ["a", "b"], {select, expand} or Interfaces.*LoadOptions objects. */
export type LoadArg = string | string[] | object;
