/**
 * Normalises every form `load()` accepts into property paths ("values", "format/font/bold"),
 * plus top/skip for collections. '*' stands for "all scalar properties".
 */
import { officeError } from '../errors';
import type { LoadArg } from './typing';

export interface LoadRequest {
  readonly paths: readonly string[];
  readonly top?: number;
  readonly skip?: number;
}

export function parseLoadArg(arg: LoadArg | undefined, location: string): LoadRequest {
  if (arg === undefined || arg === null) return { paths: ['*'] };
  if (typeof arg === 'string') return { paths: splitList(arg) };
  if (Array.isArray(arg)) return { paths: arg.flatMap((a) => (typeof a === 'string' ? splitList(a) : [])) };
  return fromObject(arg as Record<string, unknown>, location);
}

function splitList(text: string): string[] {
  const paths = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return paths.length === 0 ? ['*'] : paths;
}

/** {select, expand, top, skip} (OfficeExtension.LoadOption) or {values: true, format: {font: {bold: true}}}. */
function fromObject(option: Record<string, unknown>, location: string): LoadRequest {
  const top = numberOption(option, ['top', '$top']);
  const skip = numberOption(option, ['skip', '$skip']);
  const paging = { ...(top === undefined ? {} : { top }), ...(skip === undefined ? {} : { skip }) };
  if ('select' in option || 'expand' in option) {
    const select = listOption(option['select']);
    const expand = listOption(option['expand']);
    return { paths: [...(select.length ? select : expand.length ? [] : ['*']), ...expand], ...paging };
  }
  const paths = flatten(option, '', location);
  return { paths: paths.length === 0 ? ['*'] : paths, ...paging };
}

function flatten(option: Record<string, unknown>, prefix: string, location: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(option)) {
    if (['top', '$top', 'skip', '$skip'].includes(key)) continue;
    if (key === '$all') {
      if (value === true) out.push(prefix === '' ? '*' : `${prefix}*`);
      continue;
    }
    const path = `${prefix}${key}`;
    if (value === true) out.push(path);
    else if (value && typeof value === 'object') out.push(...flatten(value as Record<string, unknown>, `${path}/`, location));
    else if (value !== false && value !== undefined) {
      throw officeError('InvalidArgument', location, `Unsupported load option '${path}'.`);
    }
  }
  return out;
}

function listOption(value: unknown): string[] {
  if (typeof value === 'string') return splitList(value).filter((p) => p !== '*');
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').flatMap(splitList);
  return [];
}

function numberOption(option: Record<string, unknown>, keys: string[]): number | undefined {
  for (const key of keys) {
    const value = option[key];
    if (typeof value === 'number') return value;
  }
  return undefined;
}
