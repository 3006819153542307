export * from "./transcripts/index";
export * from "./extraction/index";
export * from "./providers/index";
