export { AUDIO_TYPES, kindOfContentType, sniffAudio, type AudioKind } from "./audio";
export { createSttClient, parseSttResponse, transcriptionsUrl, SttError, SttErrorCode, type SpeechToText, type SttClientOptions, type SttResult, type SttSegment } from "./stt-client";
export { segmentsToWebVtt, UNDIARISED_SPEAKER } from "./webvtt";
