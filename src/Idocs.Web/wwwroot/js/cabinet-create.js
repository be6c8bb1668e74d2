// Document uploads and signature batches for the cabinet's pages. File bytes and signatures are
// large, so the browser sends them to the plain HTTP API with fetch, with the session cookie and
// the antiforgery header. They never pass through the Blazor circuit, which gets only small results.
// Every exported function resolves to a plain object and never rejects: failures come back as
// { ok: false, code, detail } with a stable `code` the page localizes.
import { NcaLayerClient, NcaLayerError, bytesToBase64 } from './ncalayer.js';

const API = '/api/v1';

/** Error codes of this module, besides NcaLayerErrorCodes and the server's problem `code`. */
export const CabinetDocumentErrorCodes = Object.freeze({
  /** The server could not be reached. */
  network: 'cabinet.network',
  /** The server rejected the request without a problem code; `detail` contains the HTTP status. */
  http: 'cabinet.http',
  /** No file was chosen before creating the document. */
  noFiles: 'cabinet.no-files',
});

/** File name endings the upload endpoint accepts; the server inspects the content again. */
const ACCEPTED_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'odt', 'rtf', 'xml', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'zip'];

/** Files chosen on each page, keyed by the drop zone's id, so that the bytes never enter the circuit. */
const chosen = new Map();

/**
 * Wires a drop zone and a file input. Each change reports the list to `dotnet.OnFilesChanged`
 * as [{ name, size, error }], where error is null, 'type' or 'size'.
 */
export function attachDropZone(zone, input, dotnet, maxFileBytes, maxFiles) {
  const key = zone.id;
  chosen.set(key, []);
  const report = () => {
    const files = chosen.get(key) ?? [];
    dotnet.invokeMethodAsync('OnFilesChanged', files.map((file) => ({ name: file.name, size: file.size, error: problemOf(file, maxFileBytes) })));
  };
  const add = (list) => {
    const files = chosen.get(key) ?? [];
    for (const file of list) {
      if (files.length < maxFiles && !files.some((known) => known.name === file.name && known.size === file.size)) {
        files.push(file);
      }
    }
    chosen.set(key, files);
    report();
  };
  input.addEventListener('change', () => {
    add(input.files ?? []);
    input.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('idocs-drop-active');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('idocs-drop-active'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('idocs-drop-active');
    add(event.dataTransfer?.files ?? []);
  });
  zone.addEventListener('click', (event) => {
    if (event.target === zone) {
      input.click();
    }
  });
  // Tells tests and scripts that choosing files now reaches the page.
  zone.dataset.ready = 'true';
}

/** Removes a chosen file by its position. */
export function removeFile(zone, index, dotnet, maxFileBytes) {
  const files = chosen.get(zone.id) ?? [];
  files.splice(index, 1);
  dotnet.invokeMethodAsync('OnFilesChanged', files.map((file) => ({ name: file.name, size: file.size, error: problemOf(file, maxFileBytes) })));
}

/** Opens the browser's file picker. */
export function pickFiles(input) {
  input.click();
}

/**
 * Uploads the chosen files as one document with `fields` (kind, number, date, title, amount,
 * currency, and counterpartyKind, counterpartyIdentifier, counterpartyName as arrays with one item per
 * counterparty, posted as repeated fields) and starts its route with
 * `route` ({ stages } or { templateId }). Resolves to { ok, documentId, stage }, where `stage` is
 * the call that failed ('upload' or 'route'). A document uploaded but not started stays a draft.
 */
export async function createAndStart(zone, fields, route) {
  const files = chosen.get(zone.id) ?? [];
  if (files.length === 0) {
    return { ok: false, stage: 'upload', code: CabinetDocumentErrorCodes.noFiles, detail: 'No file is chosen.' };
  }
  const antiforgery = await antiforgeryHeader();
  if (!antiforgery.ok) {
    return { ...antiforgery, stage: 'upload' };
  }

  const form = new FormData();
  for (const file of files) {
    form.append('file', file, file.name);
  }
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) {
      // Counterparty fields repeat as a group, so empty items stay to keep the groups aligned.
      for (const item of value) {
        form.append(name, String(item ?? ''));
      }
    } else if (value !== null && value !== undefined && value !== '') {
      form.append(name, String(value));
    }
  }

  const uploaded = await send('POST', `${API}/documents`, form, antiforgery.header);
  if (!uploaded.ok) {
    return { ...uploaded, stage: 'upload' };
  }

  const documentId = uploaded.body.id;
  const started = await send('POST', `${API}/documents/${documentId}/route`, JSON.stringify(route), {
    ...antiforgery.header,
    'Content-Type': 'application/json',
  });
  if (!started.ok) {
    return { ...started, stage: 'route', documentId };
  }
  chosen.set(zone.id, []);
  return { ok: true, documentId, status: started.body?.status ?? null };
}

/**
 * Signs every file of every document through NCALayer and posts all signatures in one request to
 * the mass signing endpoint. `documents` is [{ documentId, files: [sha256…] }]. Progress goes to
 * `dotnet.OnSignProgress(done, total)` after each document. Resolves to { ok, items } with the
 * server's per-document results, or a failure; nothing is sent when signing fails or is canceled.
 * NOTE: one NCALayer request per file keeps the progress exact. Real NCALayer may ask for the key
 * password on each request, whereas one array request for the whole batch would ask once.
 */
export async function massSign({ url, connectTimeoutMs, storage, locale, documents, dotnet }) {
  const antiforgery = await antiforgeryHeader();
  if (!antiforgery.ok) {
    return antiforgery;
  }
  const client = new NcaLayerClient({ url, connectTimeoutMs });
  const items = [];
  try {
    await client.connect();
    for (let index = 0; index < documents.length; index++) {
      const document = documents[index];
      for (const sha256 of document.files) {
        const bytes = await download(`${API}/documents/${document.documentId}/files/${sha256}`);
        if (!bytes.ok) {
          return { ...bytes, documentId: document.documentId };
        }
        const signature = await client.signCms(bytesToBase64(bytes.value), { locale, allowedStorages: storage ? [storage] : null });
        items.push({ documentId: document.documentId, fileSha256: sha256, signature });
      }
      await dotnet.invokeMethodAsync('OnSignProgress', index + 1, documents.length);
    }
  } catch (error) {
    return failure(error);
  } finally {
    client.close();
  }
  const posted = await send('POST', `${API}/documents/mass/sign`, JSON.stringify({ items }), {
    ...antiforgery.header,
    'Content-Type': 'application/json',
    'Idempotency-Key': crypto.randomUUID(),
  });
  return posted.ok ? { ok: true, items: posted.body?.items ?? [] } : posted;
}

/** Approves many documents in one request; resolves to { ok, items } with per-document results. */
export async function massApprove(documentIds) {
  const antiforgery = await antiforgeryHeader();
  if (!antiforgery.ok) {
    return antiforgery;
  }
  const posted = await send('POST', `${API}/documents/mass/approve`, JSON.stringify({ documentIds }), {
    ...antiforgery.header,
    'Content-Type': 'application/json',
    'Idempotency-Key': crypto.randomUUID(),
  });
  return posted.ok ? { ok: true, items: posted.body?.items ?? [] } : posted;
}

function problemOf(file, maxFileBytes) {
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
  if (!ACCEPTED_EXTENSIONS.includes(extension)) {
    return 'type';
  }
  if (file.size === 0 || file.size > maxFileBytes) {
    return 'size';
  }
  return null;
}

async function antiforgeryHeader() {
  const response = await send('GET', `${API}/auth/antiforgery`, undefined, {});
  return response.ok ? { ok: true, header: { [response.body.headerName]: response.body.requestToken } } : response;
}

async function download(path) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch (error) {
    return { ok: false, code: CabinetDocumentErrorCodes.network, detail: String(error?.message ?? error) };
  }
  if (!response.ok) {
    return problem(response.status, await response.text());
  }
  return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
}

async function send(method, path, body, headers) {
  let response;
  try {
    response = await fetch(path, { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers }, body });
  } catch (error) {
    return { ok: false, code: CabinetDocumentErrorCodes.network, detail: String(error?.message ?? error) };
  }
  const text = await response.text();
  if (!response.ok) {
    return problem(response.status, text);
  }
  return { ok: true, status: response.status, body: parse(text) };
}

function problem(status, text) {
  const parsed = parse(text);
  return {
    ok: false,
    status,
    code: typeof parsed?.code === 'string' ? parsed.code : CabinetDocumentErrorCodes.http,
    detail: parsed?.detail ?? parsed?.title ?? `HTTP ${status}`,
  };
}

function parse(text) {
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function failure(error) {
  if (error instanceof NcaLayerError) {
    return { ok: false, code: error.code, detail: error.details ?? error.message };
  }
  return { ok: false, code: CabinetDocumentErrorCodes.network, detail: String(error?.message ?? error) };
}
