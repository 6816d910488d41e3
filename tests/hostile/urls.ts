/**
 * Requests to the browser host as a stray page, a scanner or a broken client would send them:
 * the request line's target as it goes on the wire, and the status the host must answer. A
 * client's mistake is never answered 500, and never takes the host down.
 */
export type HostileRequest = {
  name: string;
  method: string;
  /** The request target exactly as written on the request line. */
  target: string;
  /** Whether to send the run's token, as the page does. */
  token?: boolean;
  body?: string;
  status: number;
  /** The body's start, where it says why. */
  says?: string;
};

export const hostileRequests: readonly HostileRequest[] = [
  { name: 'a percent escape cut short', method: 'GET', target: '/%E0%A4%A', status: 400, says: 'malformed address' },
  { name: 'a lone percent sign', method: 'GET', target: '/%', status: 400, says: 'malformed address' },
  { name: 'a percent escape of letters that are not hexadecimal', method: 'GET', target: '/assets/%zz.js', status: 400, says: 'malformed address' },
  { name: 'an overlong UTF-8 slash', method: 'GET', target: '/assets/%C0%AF..%C0%AFsecret.txt', status: 400, says: 'malformed address' },
  { name: 'an escaped NUL', method: 'GET', target: '/index.html%00.js', status: 404, says: 'not found' },
  { name: 'dots escaped to climb out', method: 'GET', target: '/%2e%2e/secret.txt', status: 404, says: 'not found' },
  { name: 'a slash escaped to climb out', method: 'GET', target: '/..%2fsecret.txt', status: 404, says: 'not found' },
  { name: 'backslashes to climb out', method: 'GET', target: '/..\\..\\secret.txt', status: 404, says: 'not found' },
  { name: 'a target no URL parser takes: an unclosed IPv6 host', method: 'GET', target: '//[bad/index.html', status: 400, says: 'malformed address' },
  { name: 'a target with a port past 65535', method: 'GET', target: '//127.0.0.1:99999/', status: 400, says: 'malformed address' },
  { name: 'the asterisk form of OPTIONS', method: 'OPTIONS', target: '*', status: 404, says: 'not found' },
  { name: 'a path of 10,000 characters', method: 'GET', target: `/${'a'.repeat(10_000)}`, status: 404, says: 'not found' },
  { name: 'a request line longer than a header may be', method: 'GET', target: `/${'a'.repeat(20_000)}`, status: 431 },
  { name: 'an API call by GET', method: 'GET', target: '/api/app:info', token: true, status: 405, says: 'method not allowed' },
  { name: 'an API call without the token', method: 'POST', target: '/api/app:info', body: '{}', status: 403, says: 'missing or wrong token' },
  { name: 'an API call whose body is not JSON', method: 'POST', target: '/api/plan:open', token: true, body: '{"path": ', status: 400, says: '{"error":' },
  { name: 'an API call with an escape in its channel', method: 'POST', target: '/api/plan%3Aopen', token: true, body: '{}', status: 404, says: 'not found' },
  { name: 'an API call with a malformed escape in its channel', method: 'POST', target: '/api/plan%3open', token: true, body: '{}', status: 400, says: 'malformed address' },
  { name: 'an API channel named __proto__', method: 'POST', target: '/api/__proto__', token: true, body: '{}', status: 404, says: 'not found' },
  { name: 'a body past the host\'s limit', method: 'POST', target: '/api/plan:open', token: true, body: ' '.repeat(80 * 1024 * 1024 + 1), status: 413, says: '{"error":"request too large"}' },
  { name: 'a body of JSON null', method: 'POST', target: '/api/app:info', token: true, body: 'null', status: 200, says: '{"transport":"browser"' },
  // Calls that fit their schema but ask for what cannot be: the handler's own answer, never 500.
  { name: 'a plan path with a NUL in it', method: 'POST', target: '/api/plan:open', token: true, body: '{"path": "a\\u0000.tamhil"}', status: 400, says: '{"error":"refused path' },
  {
    name: 'a plan path that is a folder (the workspace holds dir.tamhil/)',
    method: 'POST',
    target: '/api/plan:open',
    token: true,
    body: '{"path": "dir.tamhil"}',
    status: 200,
    says: '{"ok":false,"path":"dir.tamhil","name":"dir","error":{"code":"io","errno":"EISDIR"}}',
  },
  {
    name: 'an export into a folder that does not exist',
    method: 'POST',
    target: '/api/export:write',
    token: true,
    body: '{"path": "nowhere/a.xlsx", "data": "AAAA", "overwrite": false}',
    status: 200,
    says: '{"ok":false,"reason":"io","path":"nowhere/a.xlsx","errno":"ENOENT"}',
  },
];
