import { defineModule } from "../../platform/module";
import { LabelledExample } from "./labelled-example.entity";
import { reviewPermissions } from "./review.permissions";
import { ActionItemReviewResolver, DecisionReviewResolver, ReviewResolver } from "./review.resolver";

export const reviewModule = defineModule({
  key: "REVIEW",
  description: "The review loop: unsure extractions as suggestions, reviewers' verdicts as labelled examples per organisation, precision over time.",
  entities: [LabelledExample],
  resolvers: [ReviewResolver, DecisionReviewResolver, ActionItemReviewResolver],
  permissions: reviewPermissions,
});
