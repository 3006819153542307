import type { EntityManager } from "@mikro-orm/postgresql";
import type { Labelled } from "../../ai/extraction/learn/corpus";
import { committedScorer } from "../../ai/extraction/learn/model";
import { fitOrganization } from "../../ai/extraction/learn/org-train";
import { modelHash } from "../../ai/extraction/learn/train";
import { trainingExamples } from "./labelled-examples.read";
import { writeOrgModel } from "./org-model.store";

/**
 * Retrains one organisation's model, offline: `base` is the corpus the caller loaded (the train
 * slice and the holdouts — never the test slice), plus the organisation's labelled examples in
 * their stored order; fixed seed, the shipped model's thresholds. Stores it (replacing the
 * previous one) and returns its hash: the same data gives the same hash.
 */
export async function trainOrganizationModel(em: EntityManager, orgId: string, base: readonly Labelled[]): Promise<{ hash: string; examples: number; features: number }> {
  const examples = await trainingExamples(em, orgId);
  const model = fitOrganization(base, examples, {
    thresholds: committedScorer().thresholds,
    trainedOn: `corpus train slice and holdouts (${base.length} meetings) + ${examples.length} labelled examples of the organisation`,
  });
  const hash = modelHash(model);
  await writeOrgModel(em, orgId, model, hash, examples.length);
  return { hash, examples: examples.length, features: Object.keys(model.weights).length };
}
