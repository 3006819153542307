/** Swedish strings of the downloads (briefs, decisions, action items); spread into `sv` (see sv.ts). */
export const svExport = {
  "export.markdown": "Ladda ned (Markdown)",
  "export.pdf": "Ladda ned (PDF)",
  "export.csv": "Ladda ned (CSV)",
  "export.busy": "Skapar filen …",
  "export.done": "Filen {filename} är nedladdad.",
  "export.group.brief": "Ladda ned briefen, version {version}",
  "export.group.decisions": "Ladda ned besluten",
  "export.group.actionItems": "Ladda ned mötets åtgärder",
  "export.group.myItems": "Ladda ned listan",
  "export.error.generic": "Det gick inte att skapa filen. Försök igen om en stund.",
  "export.error.notFound": "Det du ville ladda ned finns inte längre. Ladda om sidan.",
  "export.error.tooMany": "Listan är för lång för en fil (högst 5 000 åtgärder). Välj färre med flikarna.",
  "export.error.rateLimited": "Du har laddat ned många filer på kort tid. Vänta en minut och försök igen.",
  "export.error.offline": "Ingen kontakt med servern. Kontrollera anslutningen och försök igen.",
} as const;
