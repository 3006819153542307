import { describe, expect, it } from "vitest";
import { People } from "./dialogue";
import { actionTitle, decisionStatement } from "./titles";

const people = new People(["Lena Sjöberg", "Per Ek", "Maria Lind"]);
const title = (quote: string, speaker = "Per Ek", owner: string | null = "Per Ek", context?: string) => actionTitle(quote, speaker, owner, people, context);

describe("task titles", () => {
  it("turns a Swedish first-person promise into the infinitive and drops the deadline", () => {
    expect(title("Ja, jag skickar protokollet till Lena senast fredag.")).toBe("Skicka protokollet till Lena");
    expect(title("Jag kan ta fram en riskbedömning till nästa vecka.")).toBe("Ta fram en riskbedömning");
  });

  it("turns English first person and requests into the imperative", () => {
    expect(title("I'll write the rollback plan by Friday.")).toBe("Write the rollback plan");
    expect(title("Maria, could you send me the figures?", "Per Ek", "Maria Lind")).toBe("Send Per the figures");
  });

  it("names the task from the request when the answer is only 'jag tar det'", () => {
    expect(title("Jag tar det.", "Per Ek", "Per Ek", "Kan du ringa Lena Sjöberg om pilotstarten?")).toBe("Ringa Lena Sjöberg om pilotstarten");
  });

  it("turns an agreed passive obligation into a task", () => {
    expect(title("Den texten måste uppdateras, det är vi överens om.", "Per Ek", null)).toBe("Uppdatera den texten");
  });

  it("states a decision without its marker", () => {
    expect(decisionStatement("Då kör vi på två dialogkvällar i oktober.")).toBe("Två dialogkvällar i oktober");
  });
});
