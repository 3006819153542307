export { extractLocally, LOCAL_EXTRACTOR_SOURCE, LOCAL_EXTRACTOR_VERSION } from "./extract";
export { findDueExpressions, resolveDueDate, findEventDates, type DueExpression } from "./due-dates";
export { todayInStockholm } from "./calendar";
export type { Evidence, ExtractedActionItem, ExtractedDecision, ExtractionResult, ExtractOptions } from "./types";
export type { ExtractionModel } from "./learn/model";
export { featuresOfEvidence } from "./learn/item-features";
