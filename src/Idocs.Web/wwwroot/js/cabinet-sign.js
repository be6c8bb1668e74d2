// Signing a document file in the browser: the page fetches the stored bytes over plain HTTP, NCALayer
// (or the test signer) makes a detached CMS over them, and the signature goes back by POST. Large
// payloads never pass through the Blazor circuit. Every function resolves to a plain object for .NET
// interop and never rejects: failures come back as { ok: false, code, detail }.
import { NcaLayerClient, NcaLayerError, bytesToBase64 } from './ncalayer.js';

const API = '/api/v1';

/** Error codes of this module, besides NcaLayerErrorCodes and the server's problem `code`. */
export const CabinetSignErrorCodes = Object.freeze({
  network: 'cabinet.network',
  http: 'cabinet.http',
});

/**
 * Signs a document of the signed-in employee at the route step that waits for them: the first
 * file is signed and sent to POST /documents/{id}/sign with the session's antiforgery header.
 */
export async function signDocument({ url, connectTimeoutMs, storage, locale, documentId }) {
  const document = await requestJson('GET', `${API}/documents/${documentId}`);
  if (!document.ok) {
    return document;
  }
  const file = document.body?.files?.[0];
  if (!file) {
    return { ok: false, code: CabinetSignErrorCodes.http, detail: 'The document has no file to sign.' };
  }
  const signature = await signFile(`${API}/documents/${documentId}/files/${file.sha256}`, { url, connectTimeoutMs, storage, locale });
  if (!signature.ok) {
    return signature;
  }
  const antiforgery = await requestJson('GET', `${API}/auth/antiforgery`);
  if (!antiforgery.ok) {
    return antiforgery;
  }
  const headers = {
    [antiforgery.body.headerName]: antiforgery.body.requestToken,
    'Idempotency-Key': `sign-${documentId}-${file.sha256}`,
  };
  const signed = await requestJson('POST', `${API}/documents/${documentId}/sign`, { fileSha256: file.sha256, signature: signature.cms }, headers);
  return signed.ok ? { ok: true, status: signed.body?.status ?? null } : signed;
}

/** Signs one file of a document opened by an emailed link and sends the signature with the link's token. */
export async function signLink({ url, connectTimeoutMs, storage, locale, documentId, token, fileSha256 }) {
  const query = `?token=${encodeURIComponent(token)}`;
  const signature = await signFile(`${API}/links/${documentId}/files/${fileSha256}${query}`, { url, connectTimeoutMs, storage, locale });
  if (!signature.ok) {
    return signature;
  }
  const signed = await requestJson('POST', `${API}/links/${documentId}/sign`, { token, fileSha256, signature: signature.cms });
  return signed.ok ? { ok: true, status: signed.body?.status ?? null } : signed;
}

/** Rejects a document opened by an emailed link, with the reason the person wrote. */
export async function rejectLink({ documentId, token, reason }) {
  const rejected = await requestJson('POST', `${API}/links/${documentId}/reject`, { token, reason });
  return rejected.ok ? { ok: true, status: rejected.body?.status ?? null } : rejected;
}

/** Records that the person opened the document; a failure here does not stop the page. */
export async function markLinkViewed({ documentId, token }) {
  const viewed = await requestJson('POST', `${API}/links/${documentId}/viewed`, { token });
  return viewed.ok ? { ok: true, status: viewed.body?.status ?? null } : viewed;
}

/**
 * Shows a PDF or image file in `elementId` (an iframe or img) from the bytes at `fileUrl`, typed
 * as `contentType`, so the browser previews it instead of downloading it.
 */
export async function preview({ elementId, fileUrl, contentType }) {
  const element = globalThis.document.getElementById(elementId);
  if (!element) {
    return { ok: false, code: CabinetSignErrorCodes.http, detail: `No element ${elementId} on the page.` };
  }
  let response;
  try {
    response = await fetch(fileUrl, { credentials: 'same-origin' });
  } catch (error) {
    return { ok: false, code: CabinetSignErrorCodes.network, detail: String(error?.message ?? error) };
  }
  if (!response.ok) {
    return { ok: false, status: response.status, code: CabinetSignErrorCodes.http, detail: `HTTP ${response.status}` };
  }
  const blob = new Blob([await response.arrayBuffer()], { type: contentType });
  element.src = URL.createObjectURL(blob);
  return { ok: true };
}

async function signFile(fileUrl, { url, connectTimeoutMs, storage, locale }) {
  let response;
  try {
    response = await fetch(fileUrl, { credentials: 'same-origin' });
  } catch (error) {
    return { ok: false, code: CabinetSignErrorCodes.network, detail: String(error?.message ?? error) };
  }
  if (!response.ok) {
    return problem(response, await response.text());
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const client = new NcaLayerClient({ url, connectTimeoutMs });
  try {
    const cms = await client.signCms(bytesToBase64(bytes), { allowedStorages: storage ? [storage] : null, locale });
    return { ok: true, cms };
  } catch (error) {
    if (error instanceof NcaLayerError) {
      return { ok: false, code: error.code, detail: error.details ?? error.message };
    }
    return { ok: false, code: CabinetSignErrorCodes.network, detail: String(error?.message ?? error) };
  } finally {
    client.close();
  }
}

async function requestJson(method, path, body, extraHeaders = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...extraHeaders },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    return { ok: false, code: CabinetSignErrorCodes.network, detail: String(error?.message ?? error) };
  }
  const text = await response.text();
  if (!response.ok) {
    return problem(response, text);
  }
  let parsed = null;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { ok: true, status: response.status, body: parsed };
}

function problem(response, text) {
  let parsed = null;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return {
    ok: false,
    status: response.status,
    code: typeof parsed?.code === 'string' ? parsed.code : CabinetSignErrorCodes.http,
    detail: parsed?.detail ?? parsed?.title ?? `HTTP ${response.status}`,
  };
}
