import { describe, expect, it } from "vitest";
import { parseTranscript } from "../transcripts/index";
import { extractLocally } from "./extract";

// Meetings written for these tests (0.3.0 rules); 2026-12-01 is a Tuesday.
const DATE = "2026-12-01";
const run = (lines: string[]) => extractLocally(parseTranscript(`${lines.join("\n")}\n`), { meetingDate: DATE });
const decisions = (lines: string[]) => run(lines).decisions.map((d) => d.evidence.quote);

describe("decisions: explicit markers", () => {
  it("reads 'decided:' with a colon and 'Svaret är nej' as settling the question", () => {
    expect(
      decisions([
        "Nora Vik: The last item is the conference booth.",
        "Amir Sadiq: It costs twice what it did last year.",
        "Nora Vik: Okay, decided: we skip the booth and send two people as visitors.",
      ]),
    ).toEqual(["Okay, decided: we skip the booth and send two people as visitors."]);
    expect(
      decisions([
        "Nora Vik: Fotbollsklubben vill låna vår minibuss till cupen i helgen.",
        "Amir Sadiq: Den behövs för hemtjänstens transporter.",
        "Nora Vik: Svaret är nej, vi lånar inte ut minibussen till föreningar.",
      ]),
    ).toEqual(["Svaret är nej, vi lånar inte ut minibussen till föreningar."]);
  });
});

describe("decisions: the room confirms a proposal", () => {
  it("takes the proposal from the previous cue when the question comes in a cue of its own", () => {
    expect(
      decisions([
        "Nora Vik: Then I'd say yes to remote Fridays for the support team, provided the phone queue stays under five minutes.",
        "Nora Vik: Is everyone on board?",
        "Amir Sadiq: Yes.",
        "Lotta Ek: Yes, absolutely.",
      ]),
    ).toEqual(["Then I'd say yes to remote Fridays for the support team, provided the phone queue stays under five minutes."]);
  });

  it("reads a consensus question that states its own proposal ('Är alla eniga om att …?')", () => {
    expect(
      decisions([
        "Nora Vik: Kaffemaskinen har gått sönder tre gånger i höst.",
        "Nora Vik: Är alla eniga om att vi leasar en ny maskin från januari?",
        "Amir Sadiq: Ja.",
        "Lotta Ek: Ja.",
      ]),
    ).toEqual(["Är alla eniga om att vi leasar en ny maskin från januari?"]);
  });

  it("takes an agreed obligation with a tag question as an unowned task, not as a decision", () => {
    const result = run([
      "Nora Vik: Revisionen är den 14 december.",
      "Nora Vik: Men inventarielistan måste uppdateras innan den går dit, det är vi överens om, va?",
      "Amir Sadiq: Ja, det måste den.",
    ]);
    expect(result.decisions).toEqual([]);
    expect(result.actionItems.map((a) => [a.owner, a.due])).toEqual([[null, "2026-12-14"]]);
  });
});

describe("decisions: rulings by the person with the mandate", () => {
  it("takes publishing rulings by a participant who says they are the ansvarig utgivare", () => {
    expect(
      decisions([
        "Jonas Ahl: God morgon. Vi börjar med villabranden.",
        "Fia Stål: Vi har ägarens namn från grannarna.",
        "Maja Rask: Ägaren namnger vi inte, det finns inget allmänintresse.",
        "Jonas Ahl: Okej. Fia, ringer du räddningstjänsten?",
        "Fia Stål: Ja, jag ringer dem före lunch.",
        "Maja Rask: Och insändaren om rektorn publiceras inte i den här formen.",
        "Jonas Ahl: Jag skriver till insändaren.",
        "Maja Rask: Bra. Jag är ansvarig utgivare, så det är mitt beslut.",
      ]),
    ).toEqual(["Ägaren namnger vi inte, det finns inget allmänintresse.", "Och insändaren om rektorn publiceras inte i den här formen."]);
    // Without the mandate the same words are a reporter's opinion, not a ruling.
    expect(
      decisions([
        "Jonas Ahl: God morgon. Vi börjar med villabranden.",
        "Fia Stål: Vi har ägarens namn från grannarna.",
        "Maja Rask: Ägaren namnger vi inte, det finns inget allmänintresse.",
        "Jonas Ahl: Okej. Fia, ringer du räddningstjänsten?",
      ]),
    ).toEqual([]);
    // The fronted object is the publishing verb's; the ruling is the chair's own here.
    expect(
      decisions([
        "Jonas Ahl: Bilden från olyckan, då.",
        "Fia Stål: Man ser ansiktet på en av de skadade.",
        "Jonas Ahl: Den bilden använder vi inte. Vi tar översiktsbilden.",
        "Fia Stål: Okej.",
      ]),
    ).toEqual(["Den bilden använder vi inte."]);
  });

  it("takes the chair's conditional 'Ja till X, under förutsättning att …' when nobody objects", () => {
    expect(
      decisions([
        "Jonas Ahl: Ungdomsrådet vill ha en egen budget för studieresan.",
        "Fia Stål: De har fått in offerter på ungefär trettio tusen.",
        "Jonas Ahl: Ja till resan, under förutsättning att föräldrarna står för maten.",
        "Fia Stål: Jag meddelar dem i morgon.",
      ]),
    ).toEqual(["Ja till resan, under förutsättning att föräldrarna står för maten."]);
  });

  it("still takes a new standing rule that says when it starts", () => {
    expect(
      decisions([
        "Jonas Ahl: Receptionen har varit obemannad två gånger i höst.",
        "Fia Stål: Det blir svårt när någon är sjuk.",
        "Jonas Ahl: Då bemannar vi alltid receptionen med två personer från och med januari.",
        "Fia Stål: Jag gör ett nytt schema.",
      ]),
    ).toEqual(["Då bemannar vi alltid receptionen med två personer från och med januari."]);
  });

  it("does not take a standing rule restated, an agreeing 'Nej, självklart inte.', or running the meeting", () => {
    expect(
      decisions([
        "Jonas Ahl: Vi kör direkt, det är mycket på agendan.",
        "Fia Stål: Ja.",
        "Jonas Ahl: Vi namnger aldrig minderåriga, det vet ni.",
        "Fia Stål: Självklart.",
        "Maja Rask: Det har vi redan, det står i stilboken. Skyltar ska inte synas på bilderna.",
        "Jonas Ahl: Bra.",
        "Fia Stål: Men texten går inte ut förrän polisen har bekräftat.",
        "Jonas Ahl: Nej, självklart inte.",
        "Maja Rask: Vill ni ha en liverapport från rättegången?",
        "Jonas Ahl: Vi tar det på fredag, beroende på hur förhandlingen går.",
      ]),
    ).toEqual([]);
  });
});
