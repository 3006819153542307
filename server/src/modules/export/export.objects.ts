import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

export enum ExportFormat {
  MARKDOWN = "MARKDOWN",
  PDF = "PDF",
}
registerEnumType(ExportFormat, {
  name: "ExportFormat",
  description: "MARKDOWN: text/markdown (UTF-8). PDF: application/pdf (A4, page numbers, the meeting's title and date on every page).",
});

@ObjectType({ description: "A file made for download: save `base64`'s bytes under `fileName`; `contentDisposition` is the header to serve it with." })
export class ExportFile {
  @Field(() => String, { description: "Swedish file name, safe on every file system, e.g. `Beslut – Styrgruppsmöte – 2026-11-18.pdf`." })
  fileName!: string;

  @Field(() => String, { description: "MIME type: `text/markdown; charset=utf-8`, `application/pdf` or `text/csv; charset=utf-8`." })
  contentType!: string;

  @Field(() => String, { description: "`attachment; filename=\"…\"; filename*=UTF-8''…` (RFC 6266 and 8187), for serving the file on." })
  contentDisposition!: string;

  @Field(() => Int, { description: "Size of the file in bytes." })
  byteLength!: number;

  @Field(() => String, { description: "The file's bytes, base64 (CSV starts with a UTF-8 byte-order mark)." })
  base64!: string;
}
