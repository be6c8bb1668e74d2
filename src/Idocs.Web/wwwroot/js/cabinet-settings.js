// The director change request form and the support area. The order file goes to the server as
// multipart/form-data over plain HTTP, and support signs in with its own cookie, so both talk to the
// API from the browser. Every function resolves to a plain object and never rejects: failures come
// back as { ok: false, code, detail }.
import { NcaLayerClient, NcaLayerError } from './ncalayer.js';

const API = '/api/v1';

/** Error codes of this module, besides NcaLayerErrorCodes and the server's problem `code`. */
export const CabinetSettingsErrorCodes = Object.freeze({
  network: 'cabinet.network',
  http: 'cabinet.http',
  noFile: 'cabinet.no-file',
});

/** Files a director change request with the appointment order chosen in the file input `fileInputId`. */
export async function fileDirectorChange({ fileInputId, futureDirectorIin, futureDirectorFullName, futureDirectorEmail, orderNumber, orderDate }) {
  const file = globalThis.document.getElementById(fileInputId)?.files?.[0];
  if (!file) {
    return { ok: false, code: CabinetSettingsErrorCodes.noFile, detail: 'Choose the appointment order file.' };
  }
  const antiforgery = await send('GET', `${API}/auth/antiforgery`);
  if (!antiforgery.ok) {
    return antiforgery;
  }
  const form = new FormData();
  form.append('futureDirectorIin', futureDirectorIin);
  form.append('futureDirectorFullName', futureDirectorFullName);
  form.append('futureDirectorEmail', futureDirectorEmail);
  form.append('orderNumber', orderNumber);
  form.append('orderDate', orderDate);
  form.append('orderFile', file, file.name);
  const filed = await send('POST', `${API}/director-changes`, form, { [antiforgery.body.headerName]: antiforgery.body.requestToken });
  return filed.ok ? { ok: true, status: filed.body?.status ?? null } : filed;
}

/** Signs in as a support agent by signing a login challenge with NCALayer. */
export async function supportSignIn({ url, connectTimeoutMs, storage, locale }) {
  const challenge = await send('POST', `${API}/auth/challenges`, { purpose: 'login' });
  if (!challenge.ok) {
    return challenge;
  }
  const client = new NcaLayerClient({ url, connectTimeoutMs });
  let signedXml;
  try {
    signedXml = await client.signXml(challenge.body.xml, { allowedStorages: storage ? [storage] : null, locale });
  } catch (error) {
    if (error instanceof NcaLayerError) {
      return { ok: false, code: error.code, detail: error.details ?? error.message };
    }
    return { ok: false, code: CabinetSettingsErrorCodes.network, detail: String(error?.message ?? error) };
  } finally {
    client.close();
  }
  const login = await send('POST', `${API}/support/login`, { challengeId: challenge.body.challengeId, signedXml });
  return login.ok ? { ok: true, name: login.body?.name ?? null } : login;
}

/** Lists the pending director change requests; status 401 means support has not signed in. */
export async function supportListDirectorChanges() {
  const listed = await send('GET', `${API}/support/director-changes`);
  return listed.ok ? { ok: true, items: listed.body ?? [] } : listed;
}

/** Approves or rejects a request with the agent's comment; `decision` is "approve" or "reject". */
export async function supportReviewDirectorChange({ requestId, decision, comment }) {
  const antiforgery = await send('GET', `${API}/support/antiforgery`);
  if (!antiforgery.ok) {
    return antiforgery;
  }
  const reviewed = await send(
    'POST',
    `${API}/support/director-changes/${requestId}/${decision === 'approve' ? 'approve' : 'reject'}`,
    { comment },
    { [antiforgery.body.headerName]: antiforgery.body.requestToken });
  return reviewed.ok ? { ok: true, status: reviewed.body?.status ?? null } : reviewed;
}

async function send(method, path, body, extraHeaders = {}) {
  const isForm = body instanceof FormData;
  let payload;
  if (isForm) {
    payload = body;
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined || isForm ? {} : { 'Content-Type': 'application/json' }),
        ...extraHeaders,
      },
      body: payload,
    });
  } catch (error) {
    return { ok: false, code: CabinetSettingsErrorCodes.network, detail: String(error?.message ?? error) };
  }
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (response.ok) {
    return { ok: true, status: response.status, body: parsed };
  }
  return {
    ok: false,
    status: response.status,
    code: typeof parsed?.code === 'string' ? parsed.code : CabinetSettingsErrorCodes.http,
    detail: parsed?.detail ?? parsed?.title ?? `HTTP ${response.status}`,
  };
}
