export interface Figure { area: string; scenario: string; value: number | null; unit: string; raw: number | null; note?: string }
export interface SummaryRow { area: string; scenario: string; unit: string; value: number | null; raw: number | null; ratio: number | null; previous: number | null; note: string }
export interface CarriedFigure extends SummaryRow { measuredAt?: string }
export interface Summary { at: string; previousAt: string | null; figures: SummaryRow[]; carried: CarriedFigure[] }
export declare const SLOTS: { area: string; scenario: string; unit: string }[];
export declare function summarize(figures: Figure[], previous: { at?: string; figures?: Partial<SummaryRow>[]; carried?: Partial<CarriedFigure>[] } | null, at: string): Summary;
export declare function toMarkdown(summary: Summary): string;
