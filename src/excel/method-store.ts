import { DEFAULT_METHOD, MethodForCatalogue } from '../core/method';
import { Method } from '../core/model/method';
import { ExcelHost } from './host';
import { loadSetting, saveSetting, settingValue } from './settings';

/** The chosen method lives in the workbook, so the next user of a shared workbook gets the same results. */
export const METHOD_SETTING = 'kooperationsmonitor.method';

/** The stored method, or the default when none (or an unreadable one) is stored. */
export function methodFromSetting(value: unknown): { method: Method; stored: boolean } {
  let raw = value;
  if (typeof value === 'string') {
    try {
      raw = JSON.parse(value);
    } catch {
      return { method: DEFAULT_METHOD, stored: false };
    }
  }
  const parsed = raw === undefined ? undefined : MethodForCatalogue.safeParse(raw);
  return parsed?.success ? { method: parsed.data, stored: true } : { method: DEFAULT_METHOD, stored: false };
}

export async function loadMethod(host: ExcelHost): Promise<Method> {
  return host.run(async (context) => {
    const item = loadSetting(context, METHOD_SETTING);
    await context.sync();
    return methodFromSetting(settingValue(item)).method;
  });
}

export async function saveMethod(host: ExcelHost, method: Method): Promise<void> {
  const checked = MethodForCatalogue.parse(method);
  await host.run(async (context) => {
    saveSetting(context, METHOD_SETTING, checked);
    await context.sync();
  });
}
