import { Role } from "../../platform/identity/user.entity";
import { ConsentStatus } from "../meetings/participant.entity";
import { Sensitivity } from "../meetings/meeting.entity";

/** A fictional Swedish municipality for the demo. All people and organisations are invented. */
export const DEMO_ORG = { name: "Sundsviks kommun", slug: "sundsviks-kommun" };
export const SECOND_ORG = { name: "Länsstyrelsen i Norrvik", slug: "lansstyrelsen-norrvik" };

export const DEMO_USERS: { name: string; email: string; role: Role }[] = [
  { name: "Anna Lindqvist", email: "anna.lindqvist@sundsvik.example", role: Role.ADMIN },
  { name: "Erik Johansson", email: "erik.johansson@sundsvik.example", role: Role.EDITOR },
  { name: "Fatima Al-Hassan", email: "fatima.al-hassan@sundsvik.example", role: Role.EDITOR },
  { name: "Sara Ek", email: "sara.ek@sundsvik.example", role: Role.EDITOR },
  { name: "Johan Berg", email: "johan.berg@sundsvik.example", role: Role.VIEWER },
  { name: "Maria Nilsson", email: "maria.nilsson@sundsvik.example", role: Role.VIEWER },
];

export const SECOND_ORG_USERS: { name: string; email: string; role: Role }[] = [
  { name: "Olof Strand", email: "olof.strand@norrvik.example", role: Role.ADMIN },
  { name: "Leila Karimi", email: "leila.karimi@norrvik.example", role: Role.EDITOR },
];

export const DEMO_STAKEHOLDERS = [
  { name: "Karin Holm", title: "Kommunstyrelsens ordförande", organizationName: "Sundsviks kommun", email: "karin.holm@sundsvik.example", phone: "+46 60 19 10 01", influence: 5, interest: 4, notes: "Vill ha korta beslutsunderlag." },
  { name: "Per Åberg", title: "Ekonomichef", organizationName: "Sundsviks kommun", email: "per.aberg@sundsvik.example", phone: "+46 60 19 10 02", influence: 4, interest: 5, notes: "Ansvarar för budgetuppföljningen." },
  { name: "Lena Sjöberg", title: "Förvaltningschef, socialförvaltningen", organizationName: "Sundsviks kommun", email: "lena.sjoberg@sundsvik.example", phone: "+46 60 19 10 03", influence: 4, interest: 4, notes: null },
  { name: "Ahmed Yusuf", title: "Upphandlare", organizationName: "Sundsviks kommun", email: "ahmed.yusuf@sundsvik.example", phone: "+46 60 19 10 04", influence: 3, interest: 5, notes: "Kontaktperson för LOU-frågor." },
  { name: "Birgitta Öst", title: "Kommunjurist", organizationName: "Sundsviks kommun", email: "birgitta.ost@sundsvik.example", phone: "+46 60 19 10 05", influence: 3, interest: 3, notes: null },
  { name: "Mikael Lund", title: "IT-chef", organizationName: "Sundsviks kommun", email: "mikael.lund@sundsvik.example", phone: "+46 60 19 10 06", influence: 3, interest: 4, notes: "Driver molnfrågan." },
  { name: "Sofia Persson", title: "Dataskyddsombud", organizationName: "Sundsviks kommun", email: "sofia.persson@sundsvik.example", phone: "+46 60 19 10 07", influence: 3, interest: 5, notes: "Ska höras om alla AI-tjänster." },
  { name: "Jonas Wikström", title: "Projektledare", organizationName: "Region Mittland", email: "jonas.wikstrom@mittland.example", phone: "+46 63 14 20 00", influence: 2, interest: 4, notes: null },
  { name: "Eva Blom", title: "Rektor", organizationName: "Sundsviks gymnasium", email: "eva.blom@sundsvik.example", phone: "+46 60 19 30 00", influence: 2, interest: 3, notes: null },
  { name: "Hassan Ali", title: "Facklig företrädare", organizationName: "Vision Sundsvik", email: "hassan.ali@vision.example", phone: "+46 70 123 45 67", influence: 2, interest: 4, notes: "Vill informeras före MBL-förhandling." },
  { name: "Greta Nord", title: "Miljöinspektör", organizationName: "Sundsviks kommun", email: "greta.nord@sundsvik.example", phone: "+46 60 19 10 08", influence: 2, interest: 3, notes: null },
  { name: "Tomas Ekberg", title: "VD", organizationName: "Sundsvik Energi AB", email: "tomas.ekberg@sundsvikenergi.example", phone: "+46 60 19 50 00", influence: 4, interest: 2, notes: null },
];

export interface DemoMeeting {
  title: string;
  /** Days from the seed date (negative: past); hour in local time. */
  day: number;
  hour: number;
  minutes: number;
  location: string;
  sensitivity?: Sensitivity;
  agenda: string[];
  participants: { stakeholder: number; consent: ConsentStatus; role?: string }[];
  decisions: string[];
  actions: { title: string; owner: number | null; dueInDays: number | null; done?: boolean }[];
}

const G = ConsentStatus.GRANTED;
const P = ConsentStatus.PENDING;
const D = ConsentStatus.DECLINED;

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    title: "Kommunstyrelsens arbetsutskott",
    day: -21, hour: 9, minutes: 90, location: "Sammanträdesrum Sundet",
    agenda: ["Budgetuppföljning oktober", "Remiss om vindkraftsplan", "Övriga frågor"],
    participants: [{ stakeholder: 0, consent: G, role: "Ordförande" }, { stakeholder: 1, consent: G }, { stakeholder: 4, consent: G }],
    decisions: ["Budgetuppföljningen för oktober godkänns.", "Remissen om vindkraftsplanen besvaras senast den 30 november."],
    actions: [
      { title: "Skicka remissvaret om vindkraftsplanen till länsstyrelsen", owner: 1, dueInDays: -5 },
      { title: "Sammanställa prognos för helåret", owner: 2, dueInDays: -10, done: true },
    ],
  },
  {
    title: "Upphandling av skolskjuts – avstämning",
    day: -14, hour: 13, minutes: 60, location: "Teams",
    agenda: ["Utvärderingsmodell", "Tidplan", "Avtalsspärr"],
    participants: [{ stakeholder: 3, consent: G, role: "Upphandlare" }, { stakeholder: 4, consent: G }, { stakeholder: 8, consent: G }],
    decisions: ["Mervärdesmodellen används för utvärderingen.", "Annonsering sker vecka 49."],
    actions: [
      { title: "Justera kravspecifikationen efter juristens synpunkter", owner: 3, dueInDays: -3 },
      { title: "Boka möte med skolorna om turlistor", owner: 5, dueInDays: 4 },
    ],
  },
  {
    title: "Socialnämndens beredning",
    day: -10, hour: 10, minutes: 120, location: "Stadshuset, rum 312", sensitivity: Sensitivity.SENSITIVE,
    agenda: ["Placeringskostnader", "Individärenden (sekretess)"],
    participants: [{ stakeholder: 2, consent: G, role: "Förvaltningschef" }, { stakeholder: 6, consent: G }],
    decisions: ["Ja till en extra samordnare, under förutsättning att kalkylen håller."],
    actions: [{ title: "Ta fram kalkyl för extra samordnare", owner: 2, dueInDays: -1 }],
  },
  {
    title: "IT-styrgrupp: molntjänster och dataskydd",
    day: -7, hour: 14, minutes: 60, location: "Teams",
    agenda: ["Risk- och sårbarhetsanalys", "Tredjelandsöverföring", "Beslut om pilot"],
    participants: [{ stakeholder: 5, consent: G, role: "Ordförande" }, { stakeholder: 6, consent: G }, { stakeholder: 4, consent: P }],
    decisions: ["Piloten med lokal AI-transkribering startar i januari."],
    actions: [
      { title: "Uppdatera konsekvensbedömningen (DPIA) för piloten", owner: 2, dueInDays: 7 },
      { title: "Inventera vilka system som skickar data till tredjeland", owner: null, dueInDays: null },
    ],
  },
  {
    title: "Samverkansmöte med Region Mittland",
    day: -3, hour: 9, minutes: 60, location: "Regionens hus",
    agenda: ["Gemensam upphandling av tolktjänster", "Kollektivtrafik"],
    participants: [{ stakeholder: 7, consent: G }, { stakeholder: 0, consent: G }],
    decisions: ["Kommunen deltar i regionens gemensamma upphandling av tolktjänster."],
    actions: [{ title: "Skicka behovsinventering för tolktjänster till regionen", owner: 3, dueInDays: -1 }],
  },
  {
    title: "Ledningsgrupp – veckomöte",
    day: -1, hour: 8, minutes: 60, location: "Sammanträdesrum Sundet",
    agenda: ["Läget i förvaltningarna", "Rekrytering", "Kommunikation"],
    participants: [{ stakeholder: 0, consent: G }, { stakeholder: 1, consent: G }, { stakeholder: 2, consent: G }, { stakeholder: 5, consent: G }],
    decisions: ["Rekryteringen av ny kommunikationschef startar direkt."],
    actions: [
      { title: "Ta fram annons för kommunikationschef", owner: 5, dueInDays: 5 },
      { title: "Informera de fackliga organisationerna om rekryteringen", owner: 1, dueInDays: 2 },
    ],
  },
  {
    title: "Medborgardialog om nya badhuset",
    day: 1, hour: 18, minutes: 120, location: "Folkets hus",
    agenda: ["Presentation av förslaget", "Frågor från allmänheten", "Nästa steg"],
    participants: [{ stakeholder: 0, consent: P }, { stakeholder: 10, consent: P }],
    decisions: [], actions: [],
  },
  {
    title: "MBL-förhandling om omorganisation",
    day: 2, hour: 13, minutes: 90, location: "Stadshuset, rum 201", sensitivity: Sensitivity.SENSITIVE,
    agenda: ["Information om omorganisationen", "Förhandling enligt 11 § MBL"],
    participants: [{ stakeholder: 9, consent: D }, { stakeholder: 2, consent: G }],
    decisions: [], actions: [],
  },
  {
    title: "Energisamråd med Sundsvik Energi",
    day: 4, hour: 10, minutes: 60, location: "Teams",
    agenda: ["Fjärrvärmepriser 2027", "Laddinfrastruktur"],
    participants: [{ stakeholder: 11, consent: G }, { stakeholder: 1, consent: G }],
    decisions: [], actions: [],
  },
  {
    title: "Kommunstyrelsens arbetsutskott",
    day: 7, hour: 9, minutes: 90, location: "Sammanträdesrum Sundet",
    agenda: ["Mål och budget 2027", "Delegationsordning", "Anmälningsärenden"],
    participants: [{ stakeholder: 0, consent: G }, { stakeholder: 1, consent: G }, { stakeholder: 4, consent: G }],
    decisions: [], actions: [],
  },
  {
    title: "Upphandling av skolskjuts – utvärdering",
    day: 14, hour: 13, minutes: 120, location: "Teams",
    agenda: ["Genomgång av anbud", "Känslighetsanalys", "Tilldelningsbeslut"],
    participants: [{ stakeholder: 3, consent: P }, { stakeholder: 4, consent: P }],
    decisions: [], actions: [],
  },
  {
    title: "Miljö- och byggnämndens presidium",
    day: 21, hour: 15, minutes: 60, location: "Stadshuset, rum 105",
    agenda: ["Tillsynsplan 2027", "Taxor"],
    participants: [{ stakeholder: 10, consent: G }],
    decisions: [], actions: [],
  },
];
