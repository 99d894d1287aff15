import { RedactionError } from './RedactionError.js';

/** A deadline checked between detectors and inside long loops; exceeding it fails closed. */
export class Budget {
  private readonly deadline: number;

  constructor(budgetMs: number, private readonly now: () => number = () => performance.now()) {
    this.deadline = now() + budgetMs;
  }

  check(): void {
    if (this.now() > this.deadline) throw new RedactionError('BUDGET_EXCEEDED');
  }
}
