import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { z } from "zod";
import { globalIdOf, optionalText, text, trimmed } from "../../platform/validation";
import { Stakeholder } from "./stakeholder.entity";

@InputType({ description: "Which stakeholders to list." })
export class StakeholderFilter {
  @Field(() => String, { nullable: true, description: "Words in the name, title or organisation." })
  search?: string;
}
export const stakeholderFilterSchema = z.object({ search: optionalText(200) }).nullish();

const scale = z.number().int().min(1, "must be 1–5").max(5, "must be 1–5").nullish();
const email = z.email("must be an e-mail address").max(320).nullish();
const phone = text().trim().regex(/^[+\d][\d\s()-]{4,30}$/, "must be a phone number").nullish();

@InputType({ description: "A new stakeholder." })
export class CreateStakeholderInput {
  @Field(() => String, { description: "Full name." }) name!: string;
  @Field(() => String, { nullable: true, description: "Job title." }) title?: string;
  @Field(() => String, { nullable: true, description: "Their organisation." }) organization?: string;
  @Field(() => String, { nullable: true, description: "E-mail." }) email?: string;
  @Field(() => String, { nullable: true, description: "Phone." }) phone?: string;
  @Field(() => Int, { nullable: true, description: "Influence 1–5." }) influence?: number;
  @Field(() => Int, { nullable: true, description: "Interest 1–5." }) interest?: number;
  @Field(() => String, { nullable: true, description: "Notes." }) notes?: string;
}

const stakeholderFields = {
  title: optionalText(200),
  organization: optionalText(200),
  email,
  phone,
  influence: scale,
  interest: scale,
  notes: optionalText(10_000),
};

export const createStakeholderSchema = z.object({ name: trimmed(1, 200), ...stakeholderFields });

@InputType({ description: "Changes to a stakeholder; omitted fields stay as they are, null clears." })
export class UpdateStakeholderInput extends CreateStakeholderInput {
  @Field(() => ID, { description: "The stakeholder." }) id!: string;
  @Field(() => String, { nullable: true, description: "Full name." }) declare name: string;
}

export const updateStakeholderSchema = z.object({ id: globalIdOf("Stakeholder"), name: trimmed(1, 200).optional(), ...stakeholderFields });

@ObjectType({ description: "Result of creating or updating a stakeholder." })
export class StakeholderPayload {
  @Field(() => Stakeholder, { nullable: true, description: "The stakeholder." })
  stakeholder!: Stakeholder | null;
}
