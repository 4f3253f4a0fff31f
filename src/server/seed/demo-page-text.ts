/* eslint-disable no-irregular-whitespace -- the page’s no-break spaces are part of its text */
/* The demo article: the text of the blog page as a browser copies it
   (shared/seed/000_84b3d3db90818de1.txt), verbatim. */
export const demoPageText = `USA: Trump tells Russia to get its troops out of Venezuela

The arrival of two Russian air force planes carrying nearly 100 Russian troops outside Caracas on Saturday has escalated the political crisis in Venezuela.

Russia and China have backed President Nicolas Maduro, while the United States and most Western countries support opposition leader Juan Guaido. In January, he invoked the constitution to assume the country’s interim presidency, arguing Maduro’s 2018 re-election was illegitimate. 

“Russia has to get out,” Trump told reporters in the Oval Office, where he met with Guaido’s wife, Fabiana Rosales.

The U.S. government believes the Russian troops include special forces and cybersecurity personnel.

Asked how he would make Russian forces leave, Trump said: “We’ll see. All options are open.”

U.S. President Donald Trump meets with Fabiana Rosales, wife of Venezuelan opposition leader Juan Guaido, in the Oval Office at the White House in Washington, U.S., March 27, 2019. REUTERS/Carlos Barria

Russia has bilateral relations and agreements with Venezuela which it plans to honor, Russian Deputy U.N. Ambassador Dmitry Polyanskiy said, in response to Trump’s comments.

“It’s not up to US to decide actions and fate of other countries. It’s only up to the people of Venezuela and its only legitimate president Nicolas Maduro,” Polyanskiy said on Twitter.

Maduro, who retains control of state functions and the country’s military, has said Guaido is a puppet of the United States.

Rosales, a 26-year-old journalist and opposition activist, told Trump that Guaido was attacked on Tuesday, though she did not provide details.

“I fear for my husband’s life,” she said. She was accompanied by the wife and sister of Roberto Marrero, Guaido’s chief of staff, who was arrested and detained last week.

Earlier at the White House, Rosales met Vice President Mike Pence, and told him that power outages and food shortages were hurting children in her country.

“They are trying to break our morale. They want to submerge us in eternal darkness. But let me tell you that there is light, and the light is here,” Rosales told Pence.

She is slated to meet U.S. first lady Melania Trump in Palm Beach on Thursday on a swing through South Florida, home to the largest community of Venezuelan exiles in the United States.

Rosales is also slated to meet with lawmakers on Capitol Hill and members of the Venezuelan diaspora at a prominent Washington think tank.

Pence praised Rosales for being “courageous.”

“Our message very simply is: We’re with you,” Pence said.

Post a comment or leave a trackback: Trackback URL.


  • Rosaliene Bacchus  On 03/28/2019 at 1:00 pm

    War in Venezuela would be catastrophic for the region: Guyana, the Caribbean, and the rest of South America.

  • wally n  On 03/28/2019 at 2:45 pm

    We know that, question is do you agree that Russia should place troops in Venezuela, as opposed to….Army planes for transportation, non military personnel for aid distribution and help. Canada does this all the time.

  • Trevor  On 03/31/2019 at 3:50 pm

    Fabiana Rosales looks like a European aristocrat.

    Her European invades have oppressed the mestizo, Afro-Latinx and minority groups for hundreds of years until Hugo Chavez took power and redistributed the wealth back to the Venezuelan people and not the mega-rich European, Jewish elite and American Venezuelans who live in mansions across Florida.

    Only the whites hate Hugo Chavez because they could not have messed around with Hugo Chavez and the poor classes.

  • Trevor  On 03/31/2019 at 3:54 pm

    Fabiana Rosales looks like a European aristocrat.

    Her European invaders have oppressed the mestizo, Amerindian, Afro-Latinx and minority groups for hundreds of years until Hugo Chavez took power and redistributed the wealth back to the Venezuelan people and not the mega-rich European, Jewish elite and American Venezuelans who live in mansions across Florida.

    Only the whites hate Hugo Chavez because they could not have messed around with Hugo Chavez and the poor classes.

    Unfortunately, President Granger, despite having an Amerindian woman as his wife, has been siding with White Imperialism and making life difficult for the poorer classes here in Guyana. He knows fully well that allowing European-based corporations to take our resources blatantly destroys the environment, robs us of income and also makes life harder for Guyanese.

    His government has been sending armed police to destroy stalls at Stabroek Market, while foreign invaders are allowed to construct 8, 9, 10, 11…. storey towers on what some have alleged was land stolen through bribery and corruption.

  • wally n  On 03/31/2019 at 7:08 pm

    lawd help us poor Granger

    • Trevor  On 04/01/2019 at 7:35 am

      Presi Granger got cancer, but recently was cured. America is known for attempting to poison Hugo Chavez on several occasions.

      What irates me is that Presi Granger lashes out on vendors who had to sell in filth under PPP.

  • Clyde Duncan  On 04/01/2019 at 11:48 pm

    Russia Ignores Whining US Diplomats, Continues Mission in Venezuela

    M K Bhadrakumar | Russia Insider

    The Foreign Ministry spokesperson Maria Zakharova acknowledged in Moscow on Tuesday that Russian “specialists” are indeed in Venezuela within the ambit of a 2001 military-technical cooperation agreement with Caracas.

    Zakharova underscored that Russia’s bilateral military cooperation with Venezuela is in accordance with the latter’s constitution and has legal underpinning, which “doesn’t require any additional approval from the opposition-controlled National Assembly of Venezuela.”

    This followed media reports that two Russian air force planes landed at Caracas on Saturday carrying Vasily Tonkoshkurov, chief of staff of the ground forces with nearly 100 military personnel and some 35 tonnes of material. An unnamed official at the Russian embassy in Caracas told Sputnik that the Russian personnel had arrived to “exchange consultations. Russia has various contracts that are in the process of being fulfilled, contracts of a technical-military character.”

    Zakharova’s remarks came a day after Foreign Minister Sergey Lavrov received a phone call from the US Secretary of State Mike Pompeo on March 25. The Russian readout said Pompeo was “interested in certain issues related to the developments in Venezuela.”

    It added, “Sergey Lavrov emphasised that Washington’s attempts to organise a coup d’etat in Venezuela and threats to its legitimate government are a violation of the UN Charter and blatant interference in the domestic affairs of a sovereign state… After stating principal differences in Russian and US positions, the officials agreed to stay in touch and continue to exchange assessments.”

    The state department readout, however, claimed that Pompeo warned Russia “to cease its unconstructive behavior in Venezuela” and that Washington and its regional allies “will not stand idly by as Russia exacerbates tensions.” It also said Pompeo accused Russia of “continued insertion … to support the illegitimate regime of Nicolas Maduro in Venezuela, which risks prolonging the suffering of the Venezuelan people who overwhelmingly support interim President Juan Guaido”.

    Meanwhile, on Monday and Tuesday, in a series of tweets, US national security advisor John Bolton vent anger and frustration:

    “Maduro has lost the support of the Venezuelan people, so he’s relying on Cuban and Russian support to usurp democracy and repress innocent civilians… Rather than sending nuclear-capable bombers and special forces to prop up a corrupt dictator, Russia should work with the international community to support the Venezuelan people. The United States will not tolerate hostile foreign military powers meddling with the Western Hemisphere’s shared goals of democracy, security, and the rule of law… Maduro asks for Cuban and Russian goons to suppress the people of Venezuela.”

    With these developments, the crisis situation around Venezuela may deem to have acquired a New Cold War dimension to it. Clearly, Moscow has weighed the pros and cons of the Venezuelan situation and has decided to be unapologetic about its support for the Maduro government. Despite the US outbursts, Moscow is showing no signs of backing down, either.

    The big question ahead is whether Russia is climbing the escalation ladder.

    Indeed, the stepping up of the military-technical cooperation stems from the assessment in Moscow that the desperate US attempts to engineer / sponsor a military coup in Caracas aren’t getting anywhere. Meanwhile, President Nicolas Maduro announced in an interview with the Russian state television today that “a high-level working session on intergovernmental cooperation” between Russia and Venezuela is due to take place in April where “we will sign over 20 documents on cooperation in economy, trade, culture, energy and education.”

    Suffice to say, Moscow intends to step up its support for Maduro and is drawing up a plan of action to develop a comprehensive bilateral cooperation program with a medium and long-term perspective. Now, that can only mean that in the Russian assessment, US’ blueprint to overthrow the regime through economic sanctions and other covert actions – such as the sabotage of power supply – and various methods of political and diplomatic pressure, including illegal confiscation of Venezuelan assets in western banks running into tens of billions of dollars, can be and must be countered. It is interesting that Cuba, which is rich in experience in countering the US’ coercive policies, is working shoulder to shoulder with Russia in this direction.

    From all appearance — so far, at least — a direct US military intervention in Venezuela to forcibly change the regime is not on the cards. Rather, a cold-war era war of attrition appears to be looming ahead. Can Russia sustain the financial and economic burden involved?

    Conversely, the analogy of the Russian intervention in Syria does not hold good here insofar as Venezuela is potentially a rich country with the world’s largest proven hydrocarbon reserves. Equally, China is also a stakeholder in Venezuela’s economic stability.

    On the other hand, it is vitally important for Russia that the USA, which aspires to be the number one exporter of oil and gas, does not gain control of the vast Venezuelan reserves, as that would mean an enormous capacity falling into Washington’s hands to manipulate the supply and demand in the world energy market and set the price of oil and gas.

    In geopolitical terms, a strong Russian presence in Venezuela becomes a negotiating chip for Moscow in dealing with the growing NATO and American deployments along Russia’s western borders in central and eastern Europe and the Baltic states. That alone makes Venezuela a strategic partner for Russia.

    Plainly put, any projection of Russian power in the US’ backyard will at some point sooner rather than later impress upon Washington the imperative need to constructively engage Moscow in dialogue and negotiations, however unpalatable that prospect might be. In fact, at one point, Zakharaova pointedly touched on the Trump administration’s Munroe Doctrine, asking in an acerbic tone:

    “What are they (US) themselves doing in Eastern Hemisphere? Perhaps, they believe that the people of this part of the world will be thankful when Washington willfully changes their leaders and kills the unwanted ones. Or the US still believes that people are waiting for the Americans to bring democracy to them on the wings of their bombers. Ask Iraqis, Libyans or Serbs about that.”

    Zakharova did not explicitly mention Ukraine or the Baltic states and Poland and the Black Sea and the Caucasus, but the implicit meaning is clear:

    If the US interferes in Russia’s backyard, Moscow serves the right to retaliate. Period. It is useful to recall that the denouement to the Cuban Missile Crisis in 1962 was ultimately on the basis of a reciprocal withdrawal of Russian missiles in Cuba and the American missiles deployed in Turkey.

    Curiously, the US state department readout omitted acknowledgement that Lavrov drew a parallel with the US behaviour in the ‘Eastern Hemisphere’, which Russia finds utterly unacceptable.

Leave a Reply

Fill in your details below or click an icon to log in: Logo

You are commenting using your account. Log Out /  Change )

Twitter picture

You are commenting using your Twitter account. Log Out /  Change )

Facebook photo

You are commenting using your Facebook account. Log Out /  Change )

Connecting to %s

%d bloggers like this:`;
