import { GRAPHQL_PATH } from "../../graphql/client";

/** What the server's `ExportFile` carries (see the schema). */
export interface ExportFile {
  fileName: string;
  contentType: string;
  byteLength: number;
  base64: string;
}

/** One export: a root field of the schema and its arguments. */
export type ExportRequest =
  | { field: "briefExport"; variables: { id: string; format: ExportFormat } }
  | { field: "decisionsExport"; variables: { meetingId: string; format: ExportFormat } }
  | { field: "actionItemsExport"; variables: { filter: ActionItemExportFilter } };

export type ExportFormat = "MARKDOWN" | "PDF";
export interface ActionItemExportFilter {
  meetingId?: string;
  ownerId?: string;
  status?: ("OPEN" | "DONE" | "CANCELLED")[];
}

// Plain strings on purpose, outside codegen and graphcache: the bytes of a file are fetched once,
// saved and dropped, never normalised into the cache (and never kept for the page's lifetime).
const FILE_FIELDS = "fileName contentType byteLength base64";
const DOCUMENTS: Record<ExportRequest["field"], string> = {
  briefExport: `query BriefExport($id: ID!, $format: ExportFormat!) { file: briefExport(id: $id, format: $format) { ${FILE_FIELDS} } }`,
  decisionsExport: `query DecisionsExport($meetingId: ID!, $format: ExportFormat!) { file: decisionsExport(meetingId: $meetingId, format: $format) { ${FILE_FIELDS} } }`,
  actionItemsExport: `query ActionItemsExport($filter: ActionItemFilter) { file: actionItemsExport(filter: $filter) { ${FILE_FIELDS} } }`,
};

/** Why an export failed, as the server's error code says (or OFFLINE when it could not be asked). */
export class ExportError extends Error {
  constructor(readonly code: string) {
    super(`Export failed: ${code}`);
    this.name = "ExportError";
  }
}

/** Fetches one file through GraphQL with the session's bearer token in the header (never in a URL). */
export async function fetchExport(request: ExportRequest, token: string | null): Promise<ExportFile> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: DOCUMENTS[request.field], variables: request.variables }),
    });
  } catch {
    throw new ExportError("OFFLINE");
  }
  const body = (await response.json().catch(() => null)) as { data?: { file?: ExportFile | null } | null; errors?: { extensions?: { code?: string } }[] } | null;
  const file = body?.data?.file;
  if (file && !body?.errors?.length) return file;
  throw new ExportError(body?.errors?.[0]?.extensions?.code ?? (response.status === 401 ? "UNAUTHENTICATED" : "INTERNAL_SERVER_ERROR"));
}

/** Saves the file under its name from a Blob, as the .ics download does. */
export function saveFile(file: ExportFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser may still be reading the Blob when click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
