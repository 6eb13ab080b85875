import type { SeedErklaervideo } from '../../types.ts'

export default {
  title: 'Das Familienrathaus in zwei Minuten',
  slug: 'das-familienrathaus-in-zwei-minuten',
  description:
    'Was ist das Familienrathaus in Hamm, und wie hilft es Ihrer Familie? Das Video erklärt in einfachen Worten, welche Angebote es vor Ort und im Internet gibt. Außerdem zeigt es Schritt für Schritt, wie Sie mit dem Situations-Finder auf der Website Leistungen finden, die zu Ihrer Familie passen. Mit Untertiteln und Text zum Mitlesen.',
  transcript: [
    'Hallo! Schön, dass Sie da sind. In diesem Video erfahren Sie, was das Familienrathaus in Hamm ist.',
    'Familien haben viele Fragen. Wo beantrage ich Kindergeld? Wer hilft mir bei der Suche nach einem Kita-Platz? Gibt es Geld für den Schulausflug? Früher mussten Familien dafür oft zu vielen verschiedenen Ämtern gehen.',
    'Das Familienrathaus ändert das. Hier finden Sie viele Angebote an einem Ort. Seit November 2023 gibt es das Familienrathaus in Hamm – als Haus und im Internet.',
    'Im Haus kommen Sie zuerst zur Familien-Service-Theke. Dort hört man Ihnen zu und sagt Ihnen, wer Ihnen weiterhilft. Besonders rund um die Geburt können Sie vieles direkt erledigen.',
    'Im Internet gibt es das digitale Familienrathaus. Dort finden Sie Informationen zu vielen Angeboten – zu jeder Tageszeit und auch auf dem Handy. Aber wie finden Sie ein Angebot, von dem Sie noch nie gehört haben? Dabei hilft Ihnen der Situations-Finder. So funktioniert er:',
    'Erstens: Sie zeigen, wer in Ihrem Haushalt lebt. Zum Beispiel ein Erwachsener und zwei Kinder.',
    'Zweitens: Sie geben das Alter der Kinder an. Sie können auch sagen, ob ein Baby unterwegs ist, ob Sie alleinerziehend sind oder ob jemand eine Behinderung hat.',
    'Drittens: Sie sehen eine Liste mit Angeboten, die zu Ihrer Familie passen. Bei jedem Angebot steht, warum es passt und was Sie als Nächstes tun können.',
    'Ihre Angaben bleiben auf Ihrem Handy oder Computer. Sie müssen keinen Namen nennen.',
    'Probieren Sie es einfach aus. Und wenn Sie Fragen haben: Das Team im Familienrathaus hilft Ihnen gerne weiter.',
  ].join('\n\n'),
  durationSeconds: 105,
} satisfies SeedErklaervideo
