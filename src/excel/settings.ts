/** Reads a JSON setting loaded with loadSetting after the sync. */
export function loadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load('value');
  return item;
}

export function settingValue(item: Excel.Setting): unknown {
  return item.isNullObject ? undefined : item.value;
}

/** Queues writing a JSON setting (stored as a string, as Office's document settings keep it). */
export function saveSetting(context: Excel.RequestContext, key: string, value: unknown): void {
  context.workbook.settings.add(key, JSON.stringify(value));
}
