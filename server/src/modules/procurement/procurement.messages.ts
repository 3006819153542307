import type { Procedure, ProcurementWarning, WarningCode } from "./procurement.types";

// User-facing warning texts (Swedish). Kept apart from the logic so wording can be reviewed by a
// procurement specialist without reading the engine.

export const PROCEDURE_NAMES_SV: Record<Procedure, string> = {
  DIRECT_AWARD: "direktupphandling",
  SIMPLIFIED: "förenklat förfarande",
  SELECTION: "urvalsförfarande",
  OPEN: "öppet förfarande",
  RESTRICTED: "selektivt förfarande",
  NEGOTIATED_WITH_NOTICE: "förhandlat förfarande med föregående annonsering",
  COMPETITIVE_DIALOGUE: "konkurrenspräglad dialog",
  INNOVATION_PARTNERSHIP: "inbjudan till innovationspartnerskap",
};

/** "1546202" → "1 546 202 kr"; hand-rolled so output never depends on the host's ICU data. */
export function formatSek(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${rounded < 0 ? "−" : ""}${digits} kr`;
}

function warning(code: WarningCode, message: string): ProcurementWarning {
  return { code, message };
}

export const messages = {
  nearThreshold: (value: number, limit: number, label: string, percent: number) =>
    warning(
      "NEAR_THRESHOLD",
      `Det uppskattade värdet (${formatSek(value)}) ligger mindre än ${percent} % under ${label} (${formatSek(limit)}). ` +
        "Kontrollera att värdet omfattar hela kontraktet exklusive moms, inklusive optioner och förlängningar.",
    ),
  splittingRisk: (aggregate: number | null, limit: number) =>
    warning(
      "SPLITTING_RISK",
      "Liknande inköp görs under räkenskapsåret. Inköp av samma slag ska räknas samman när direktupphandlingsgränsen " +
        "bedöms, och en upphandling får inte delas upp för att kringgå reglerna." +
        (aggregate !== null && aggregate > limit
          ? ` Sammanlagt värde ${formatSek(aggregate)} överstiger gränsen ${formatSek(limit)} — direktupphandling är då sannolikt inte tillåten.`
          : ""),
    ),
  weightsNot100: (total: number, priceWeight: number) =>
    warning(
      "WEIGHTS_NOT_100",
      `Viktningen summerar till ${total} (pris ${priceWeight}, kvalitet ${total - priceWeight}), inte 100.`,
    ),
  procedureNotAllowed: (procedure: Procedure, reason: string) =>
    warning("PROCEDURE_NOT_ALLOWED", `${capitalise(PROCEDURE_NAMES_SV[procedure])} är inte tillåtet här: ${reason}`),
  procedureRequiresGrounds: (procedure: Procedure) =>
    warning(
      "PROCEDURE_REQUIRES_GROUNDS",
      `${capitalise(PROCEDURE_NAMES_SV[procedure])} får enligt LOU bara användas när särskilda förutsättningar är uppfyllda (6 kap. LOU). Dokumentera skälen.`,
    ),
  tie: (suppliers: string[], rank: number, value: number) =>
    warning(
      "TIE",
      `Anbuden från ${suppliers.join(", ")} har samma jämförelsevärde (${value}) och delar plats ${rank}. ` +
        "Ange i förväg hur lika anbud ska särskiljas.",
    ),
  rankReversal: (removed: string, a: string, b: string) =>
    warning(
      "RANK_REVERSAL",
      `Rangordningsomkastning: om anbudet från ${removed} tas bort byter ${a} och ${b} inbördes ordning. ` +
        "Relativ prispoängsättning gör att ett annat anbud kan avgöra vem som vinner; överväg en absolut modell.",
    ),
  sekThresholdUnverified: (sek: number, source: string) =>
    warning(
      "SEK_THRESHOLD_UNVERIFIED",
      `Tröskelvärdet i kronor (${formatSek(sek)}) är inte verifierat mot källan (${source}). Kontrollera beloppet innan ni fattar beslut.`,
    ),
  reasonableTime: (days: number, requestDays: number) =>
    warning(
      "REASONABLE_TIME_RECOMMENDATION",
      `Här gäller "skälig tid" i stället för lagstadgade minimitider. ${days} dagars anbudstid` +
        (requestDays > 0 ? ` (och ${requestDays} dagars ansökningstid)` : "") +
        " är Postboxens rekommendation, inte ett lagkrav — anpassa efter upphandlingens omfattning.",
    ),
  rulesOutOfPeriod: (date: string, version: string, from: string, to: string) =>
    warning(
      "RULES_OUT_OF_PERIOD",
      `Regeltabellen saknar värden för ${date}; närmaste version ${version} (${from}–${to}) har använts.`,
    ),
  evaluationDefaulted: () =>
    warning("EVALUATION_DEFAULTED", "Ingen utvärderingsmodell angavs; anbuden har rangordnats efter lägsta pris."),
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
