import type { SeedErklaervideo } from '../../types.ts'

export default {
  title: 'Geld für Familien – kurz erklärt',
  slug: 'geld-fuer-familien-kurz-erklaert',
  description:
    'Kindergeld, Kinderzuschlag, Elterngeld, Unterhaltsvorschuss und Bildung und Teilhabe: Das Video gibt einen einfachen Überblick über die wichtigsten Geldleistungen für Familien. Es zeigt, für wen sie gedacht sind und wo Sie in Hamm Hilfe beim Antrag bekommen. Mit Untertiteln und Text zum Mitlesen.',
  transcript: [
    'Kinder machen glücklich. Aber Kinder kosten auch Geld. Darum gibt es in Deutschland verschiedene Hilfen für Familien. In diesem Video stellen wir Ihnen die wichtigsten vor.',
    'Das Kindergeld bekommen fast alle Eltern. Es gibt es für jedes Kind, mindestens bis zum 18. Geburtstag. Den Antrag stellen Sie bei der Familienkasse.',
    'Nach der Geburt hilft das Elterngeld. Es ersetzt einen Teil Ihres Lohns, wenn Sie weniger arbeiten, um für Ihr Baby da zu sein.',
    'Sie arbeiten, aber das Geld reicht trotzdem kaum für die ganze Familie? Dann kann der Kinderzuschlag passen. Er kommt zusätzlich zum Kindergeld.',
    'Sie sind alleinerziehend, und der andere Elternteil zahlt keinen oder zu wenig Unterhalt? Dann springt der Unterhaltsvorschuss ein.',
    'Und dann gibt es noch Bildung und Teilhabe. Damit bezahlt die Stadt zum Beispiel das Mittagessen in Kita und Schule, Ausflüge oder den Sportverein. In Hamm bekommen Sie diese Leistungen ganz einfach mit der YouCardHamm.',
    'Viele Familien wissen gar nicht, dass sie ein Recht auf diese Hilfen haben. Schauen Sie deshalb in den Situations-Finder im digitalen Familienrathaus. Oder fragen Sie im Familienrathaus nach. Wir helfen Ihnen gerne beim Antrag.',
  ].join('\n\n'),
  durationSeconds: 75,
} satisfies SeedErklaervideo
