import { RedactionError } from './RedactionError.js';

// one clock for every budget (a default written as an arrow would be a new closure per ticket)
const performanceNow = () => performance.now();

/** A deadline checked between detectors and inside long loops; exceeding it fails closed. */
export class Budget {
  private readonly deadline: number;

  constructor(budgetMs: number, private readonly now: () => number = performanceNow) {
    this.deadline = now() + budgetMs;
  }

  check(): void {
    if (this.now() > this.deadline) throw new RedactionError('BUDGET_EXCEEDED');
  }
}
