/**
 * Questions that arrive while a statement is under way are asked together by the next one: the
 * `ask` function answers a batch in one round trip, one answer per question in their order. So
 * concurrent requests share a statement instead of queueing for the pool one by one. A failed
 * statement fails every question of its batch.
 */
export class StatementBatcher<Question, Answer> {
  private waiting: { readonly question: Question; readonly resolve: (answer: Answer) => void; readonly reject: (error: unknown) => void }[] = [];
  private asking = false;

  constructor(
    private readonly maxPerStatement: number,
    private readonly askAll: (questions: readonly Question[]) => Promise<readonly Answer[]>,
  ) {}

  ask(question: Question): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      this.waiting.push({ question, resolve, reject });
      void this.askWaiting();
    });
  }

  private async askWaiting(): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxPerStatement);
        try {
          const answers = await this.askAll(batch.map((waiting) => waiting.question));
          if (answers.length !== batch.length) throw new Error(`a statement answered ${answers.length} of ${batch.length} questions`);
          batch.forEach((waiting, index) => waiting.resolve(answers[index]!));
        } catch (error) {
          for (const waiting of batch) waiting.reject(error);
        }
      }
    } finally {
      this.asking = false;
    }
  }
}
