/**
 * The desktop renderer is served from `tamhil://app/`. Node gives such a URL the origin "null"
 * (its scheme is not one of the web's special schemes), so the check compares scheme and host.
 */
export const appScheme = 'tamhil';
export const appHost = 'app';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}
