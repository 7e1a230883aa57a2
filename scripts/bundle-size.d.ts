export declare const BUDGET_BYTES: number;
export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
  budgetBytes: number;
  overBudgetBytes: number;
}
export declare function measureOnSendBundle(dir?: string): BundleSize;
