/**
 * A typical release, written for this project in the style of a news agency (not taken from
 * any corpus): the yardstick the timing tests measure hostile input against.
 */
export const TYPICAL_RELEASE = `Heads of security services of Turkic-speaking states meet in Bishkek

Other news
+ \u21ba \u2212 16 px
date 2024-09-18

Bishkek, September 18, Kabar. The XXIII Conference of the heads of the special service bodies of Turkic-speaking states opened in Bishkek on Wednesday, September 18.

The conference was attended by delegations of Azerbaijan, Kazakhstan, Kyrgyzstan, Turkey, Uzbekistan and Hungary, as well as representatives of the Organization of Turkic States. Chairman of the State Committee for National Security of Kyrgyzstan, Lieutenant General Marat Seitov, opened the meeting and welcomed the guests.

"The threats we face do not stop at borders. Terrorism, extremism and drug trafficking can only be countered together," Seitov said in his opening speech.

The participants discussed the situation in Afghanistan and the Middle East, the return of citizens who had joined terrorist groups abroad, the use of the internet for recruitment, and illegal migration. According to the press service, more than 30 foreign citizens suspected of links to international terrorist organizations were detained by the services of the member states over the past year.

At the end of the conference, the heads of delegations signed a protocol and adopted a joint statement on cooperation in countering international terrorism and transnational organized crime. The sides agreed to step up the exchange of operational information.

The next conference will be held in Baku, Azerbaijan, in 2025.

Share on social media
Read more
`;
