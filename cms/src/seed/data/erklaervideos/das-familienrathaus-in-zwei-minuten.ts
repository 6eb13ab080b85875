import type { SeedErklaervideo } from '../../types.ts'

export default {
  title: 'Das Familienrathaus kurz erklärt',
  slug: 'das-familienrathaus-in-zwei-minuten',
  description:
    'Was ist das Familienrathaus in Hamm, und wie hilft es Ihrer Familie? Das Video erklärt in einfachen Worten, welche Angebote es im Haus am Caldenhofer Weg 10 und im Internet gibt. Es zeigt, wie Sie auf der Website Angebote von A bis Z und mit dem Situations-Finder Leistungen finden, die zu Ihrer Familie passen. Mit Untertiteln und Text zum Mitlesen.',
  transcript: [
    'Willkommen! Was ist das Familienrathaus in Hamm? Und wie hilft es Ihrer Familie? Das erfahren Sie in diesem Video.',
    'Das Familienrathaus ist ein Ort für alles, was Familien betrifft. Sie finden es als Haus am Caldenhofer Weg 10 und im Internet.',
    'Nach der Geburt Ihres Kindes erledigen Sie hier vieles an einer Stelle. Sie bekommen die Geburtsurkunde und Hilfe beim Antrag auf Elterngeld und Kindergeld.',
    'Zum Familienrathaus gehören auch das Familienbüro und die Frühen Hilfen. Auch die Elternschule ist dabei. Dort bekommen Sie Rat und Unterstützung.',
    'Im digitalen Familienrathaus finden Sie alle Angebote von A bis Z. Mit der Suche finden Sie schnell, was Sie brauchen, auch auf dem Handy.',
    'Sie wissen nicht, wonach Sie suchen sollen? Dann hilft der Situations-Finder. Er zeigt Angebote, von denen Sie vielleicht noch nie gehört haben.',
    'Zeigen Sie, wer in Ihrem Haushalt lebt, zum Beispiel zwei Erwachsene und ein Baby. Dann sehen Sie, welche Angebote zu Ihrer Familie passen.',
    'Ihre Antworten bleiben auf Ihrem eigenen Handy oder Computer. Sie werden nicht verschickt. Sie müssen auch keinen Namen nennen.',
    'Sie möchten lieber mit jemandem sprechen? Kommen Sie ins Familienrathaus. Am Caldenhofer Weg 10 hilft Ihnen das Team gerne weiter.',
  ].join('\n\n'),
  durationSeconds: 90,
  files: {
    video: 'familienrathaus-erklaert.mp4',
    captions: 'familienrathaus-erklaert.de.vtt',
    poster: 'familienrathaus-erklaert-poster.jpg',
    posterAlt: 'Titelbild: weiße Schrift „Das Familienrathaus kurz erklärt“ auf dunkelblauem Grund',
  },
} satisfies SeedErklaervideo
