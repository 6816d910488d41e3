import { answerBlocks } from '@shared/stations/guiding-answers.ts';

/** An answer as read: its paragraphs, and its "- " lines as a list. */
export function GuidingAnswerText({ text }: { text: string }) {
  return (
    <div className="guiding-answer-text" dir="auto">
      {answerBlocks(text).map((block, index) =>
        block.kind === 'list' ? (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>{block.text}</p>
        ),
      )}
    </div>
  );
}
