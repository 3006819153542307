/**
 * Markdown to PDF with pdfkit and its built-in Helvetica (the standard 14 fonts: no font files, no
 * network). Their WinAnsi encoding covers Swedish and the other Latin-1 languages; other characters
 * are replaced before they reach pdfkit, which would otherwise write bytes the font cannot show.
 * Every page carries the meeting's title and date at the top and "Sida n av m" at the bottom.
 */
import PDFDocument from "pdfkit";
import { parseBlocks, plain, type Block, type Span } from "./export.markdown-blocks";

export interface PdfOptions {
  /** The document's title (PDF metadata and what viewers show in their title bar). */
  title: string;
  /** Running header: the meeting's title (left) and date (right). */
  headerLeft: string;
  headerRight: string;
  /** Fixed creation time, so the same input gives the same file. */
  createdAt: Date;
  /** Tests read the content streams without inflating them. */
  compress?: boolean;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 72, bottom: 64, left: 62, right: 62 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique", boldItalic: "Helvetica-BoldOblique", code: "Courier" } as const;
const SIZE = { body: 10.5, small: 8.5, heading: [0, 19, 14.5, 12, 11, 10.5, 10.5] } as const;
const COLOR = { text: "#1f2933", muted: "#5b6770", link: "#1d4ed8", rule: "#c9d1d9", quote: "#8796a3" } as const;

/** Unicode code points the WinAnsi standard fonts can draw above Latin-1 (pdfkit's map). */
const WIN_ANSI_EXTRA = new Set([402, 710, 732, 338, 339, 352, 353, 376, 381, 382, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8240, 8249, 8250, 8364, 8482]);
const SUBSTITUTES: Record<string, string> = { "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2192": "->", "\u2190": "<-", "\u2713": "x", "\u2714": "x", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2032": "'", "\u2033": '"' };

/** Text the standard fonts can draw: composed, controls dropped, the rest replaced. */
export function winAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0)!;
    if (code === 0x09) out += " ";
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else if (code < 0x100 || WIN_ANSI_EXTRA.has(code)) out += ch;
    else if (SUBSTITUTES[ch] !== undefined) out += SUBSTITUTES[ch];
    else {
      // A letter with a mark Latin-1 lacks (ő, ł is not decomposable): its base letter, else "?".
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base.length > 0 && [...base].every((c) => c.codePointAt(0)! < 0x100) ? base : "?";
    }
  }
  return out;
}

const fontOf = (s: Span) => (s.code ? FONT.code : s.bold && s.italic ? FONT.boldItalic : s.bold ? FONT.bold : s.italic ? FONT.italic : FONT.regular);

export function markdownToPdf(markdown: string, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    lang: "sv-SE",
    displayTitle: true,
    info: { Title: winAnsi(options.title), Author: "Postboxen", Creator: "Postboxen", Producer: "Postboxen", CreationDate: options.createdAt, ModDate: options.createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.fillColor(COLOR.text);
  const blocks = parseBlocks(markdown);
  blocks.forEach((block, index) => renderBlock(doc, block, blocks[index - 1]));
  if (blocks.length === 0) doc.font(FONT.italic).fontSize(SIZE.body).fillColor(COLOR.muted).text("(tomt)");
  decoratePages(doc, options);
  doc.end();
  return done;
}

/** Writes spans as one flowing text at (x, current y) within `width`. */
function writeSpans(doc: PDFKit.PDFDocument, spans: readonly Span[], x: number, width: number, size: number, color: string = COLOR.text, base: Partial<Span> = {}) {
  const parts = spans.length ? spans : [{ text: "" }];
  const y = doc.y;
  parts.forEach((span, i) => {
    const styled = { ...base, ...span };
    doc.font(fontOf(styled)).fontSize(styled.code ? size - 0.5 : size).fillColor(styled.link ? COLOR.link : color);
    const text = winAnsi(styled.text);
    const opts = { width, continued: i < parts.length - 1, lineGap: 2.5, link: styled.link ?? null, underline: !!styled.link };
    if (i === 0) doc.text(text, x, y, opts);
    else doc.text(text, opts);
  });
  doc.fillColor(COLOR.text);
}

/** Keeps a heading with the first lines after it: a new page when less than `needed` points remain. */
function keepRoom(doc: PDFKit.PDFDocument, needed: number) {
  if (doc.y + needed > A4.height - MARGIN.bottom) doc.addPage();
}

function renderBlock(doc: PDFKit.PDFDocument, block: Block, previous: Block | undefined) {
  const left = MARGIN.left;
  switch (block.kind) {
    case "heading": {
      const size = SIZE.heading[block.level] ?? SIZE.body;
      if (previous) doc.moveDown(block.level <= 2 ? 0.9 : 0.6);
      keepRoom(doc, size * 4);
      writeSpans(doc, block.spans, left, CONTENT_WIDTH, size, COLOR.text, { bold: true });
      if (block.level === 1) {
        doc.moveDown(0.2);
        doc.moveTo(left, doc.y).lineTo(left + CONTENT_WIDTH, doc.y).lineWidth(0.8).strokeColor(COLOR.rule).stroke();
      }
      doc.moveDown(0.35);
      return;
    }
    case "paragraph": {
      if (previous && previous.kind !== "heading") doc.moveDown(0.45);
      for (const line of block.lines) writeSpans(doc, line, left, CONTENT_WIDTH, SIZE.body);
      return;
    }
    case "item": {
      if (previous && previous.kind !== "item" && previous.kind !== "heading") doc.moveDown(0.45);
      keepRoom(doc, SIZE.body * 2);
      const indent = left + block.depth * 16;
      const textX = indent + 18;
      const y = doc.y;
      doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text);
      if (block.marker.type === "bullet") doc.text("\u2022", indent + 4, y, { lineBreak: false });
      else if (block.marker.type === "number") doc.text(`${block.marker.n}.`, indent - 4, y, { width: 20, align: "right", lineBreak: false });
      else {
        // A checkbox drawn, not a glyph: ☐/☑ are outside WinAnsi.
        const top = y + 1.5;
        doc.rect(indent + 2, top, 8, 8).lineWidth(0.8).strokeColor(COLOR.text).stroke();
        if (block.marker.done) doc.moveTo(indent + 3.5, top + 4.2).lineTo(indent + 5.6, top + 6.4).lineTo(indent + 9, top + 1.6).lineWidth(1.2).stroke();
      }
      doc.y = y;
      writeSpans(doc, block.spans, textX, left + CONTENT_WIDTH - textX, SIZE.body);
      doc.moveDown(0.15);
      return;
    }
    case "quote": {
      if (previous) doc.moveDown(0.4);
      const top = doc.y;
      for (const line of block.lines) writeSpans(doc, line, left + 14, CONTENT_WIDTH - 14, SIZE.body, COLOR.muted, { italic: true });
      // The bar stays on this page when the quote moved to the next one (doc.y then starts over).
      const bottom = doc.y;
      if (bottom > top) doc.moveTo(left + 3, top).lineTo(left + 3, bottom).lineWidth(2).strokeColor(COLOR.quote).stroke();
      return;
    }
    case "rule": {
      doc.moveDown(0.5);
      doc.moveTo(left, doc.y).lineTo(left + CONTENT_WIDTH, doc.y).lineWidth(0.6).strokeColor(COLOR.rule).stroke();
      doc.moveDown(0.5);
      return;
    }
  }
}

/** Header and page numbers on every page, drawn once all pages exist (the count is known then). */
function decoratePages(doc: PDFKit.PDFDocument, options: PdfOptions) {
  const { start, count } = doc.bufferedPageRange();
  const left = winAnsi(options.headerLeft);
  const right = winAnsi(options.headerRight);
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Text in the margins would otherwise make pdfkit open a new page.
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    const rightWidth = Math.min(doc.widthOfString(right) + 2, CONTENT_WIDTH / 2);
    doc.text(left, MARGIN.left, 34, { width: CONTENT_WIDTH - rightWidth - 12, height: SIZE.small * 1.3, ellipsis: true, lineBreak: true });
    doc.text(right, MARGIN.left + CONTENT_WIDTH - rightWidth, 34, { width: rightWidth, align: "right", lineBreak: false });
    doc.moveTo(MARGIN.left, 48).lineTo(MARGIN.left + CONTENT_WIDTH, 48).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    doc.text(`Sida ${i - start + 1} av ${count}`, MARGIN.left, A4.height - 40, { width: CONTENT_WIDTH, align: "center", lineBreak: false });
    doc.page.margins = margins;
  }
  doc.fillColor(COLOR.text);
}

/** The text a brief's Markdown reads as, for tests and the PDF's title. */
export const markdownTitle = (markdown: string) => {
  const heading = parseBlocks(markdown).find((b): b is Extract<Block, { kind: "heading" }> => b.kind === "heading");
  return heading ? plain(heading.spans) : null;
};
