/** The notification travels to notification.html in the URL query; both ends use these two functions. */
import { Lang } from '../core/model/text';
import { NotificationIntent, NotificationMessage } from './command-message';

/** Dialog URLs stay well under the browsers' limits; a longer text is cut. */
const MAX_TEXT = 1200;
const INTENTS: readonly NotificationIntent[] = ['success', 'warning', 'error'];

export interface NotificationPage extends NotificationMessage {
  lang: Lang;
}

export function notificationUrl(base: string, page: NotificationPage): string {
  const url = new URL('notification.html', base);
  url.search = new URLSearchParams({ i: page.intent, t: page.title, m: page.text.slice(0, MAX_TEXT), l: page.lang }).toString();
  return url.toString();
}

/** Reads the query; anything missing or unknown falls back to an empty error message in German. */
export function parseNotification(search: string): NotificationPage {
  const q = new URLSearchParams(search);
  const intent = INTENTS.find((i) => i === q.get('i')) ?? 'error';
  return {
    intent,
    title: (q.get('t') ?? '').slice(0, 200),
    text: (q.get('m') ?? '').slice(0, MAX_TEXT),
    lang: q.get('l') === 'en' ? 'en' : 'de',
  };
}
