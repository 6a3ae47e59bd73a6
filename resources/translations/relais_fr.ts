<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No backup yet: back up now (Ctrl+Shift+S)</source>
        <translation>Aucune sauvegarde encore : sauvegardez maintenant (Ctrl+Maj+S)</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n day(s) ago (%1): back up now (Ctrl+Shift+S)</source>
        <translation>
            <numerusform>Dernière sauvegarde il y a %n jour (%1) : sauvegardez maintenant (Ctrl+Maj+S)</numerusform>
            <numerusform>Dernière sauvegarde il y a %n jours (%1) : sauvegardez maintenant (Ctrl+Maj+S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <source>Daily backup made.</source>
        <translation>Sauvegarde du jour faite.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export follow-ups to the calendar</source>
        <translation>Exporter les suivis vers l&apos;agenda</translation>
    </message>
    <message>
        <source>&amp;All situations</source>
        <translation>&amp;Toutes les situations</translation>
    </message>
    <message>
        <source>&amp;Only the situation %1</source>
        <translation>&amp;Seulement la situation %1</translation>
    </message>
    <message>
        <source>Put the persons&apos; &amp;names and the notes in the events</source>
        <translation>Mettre les &amp;noms des personnes et les notes dans les événements</translation>
    </message>
    <message>
        <source>A calendar is often copied to a phone or an online service that Relais does not protect: anyone who sees your agenda would learn whom you follow. Without names, events show the pseudonym code only (S-…).</source>
        <translation>Un agenda est souvent copié sur un téléphone ou un service en ligne que Relais ne protège pas&#xa0;: quiconque voit votre agenda saurait qui vous suivez. Sans les noms, les événements ne montrent que le code de pseudonyme (S-…).</translation>
    </message>
    <message>
        <source>&amp;Save as .ics…</source>
        <translation>&amp;Enregistrer en .ics…</translation>
    </message>
    <message>
        <source>The next check-ins and the reminders not yet done, each as an all-day event. Importing the file again updates the same events.</source>
        <translation>Les prochaines prises de nouvelles et les rappels pas encore faits, chacun comme un événement d&apos;une journée entière. Importer le fichier à nouveau met à jour les mêmes événements.</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Enregistrer l&apos;agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written: %1</source>
        <translation>Agenda écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The calendar was not written: %1</source>
        <translation>L&apos;agenda n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CanvasReviewDialog</name>
    <message>
        <source>Export the anonymised canvases (PDF)</source>
        <translation>Exporter les canevas anonymisés (PDF)</translation>
    </message>
    <message>
        <source>Export the anonymised canvases (JSON)</source>
        <translation>Exporter les canevas anonymisés (JSON)</translation>
    </message>
    <message>
        <source>Review before export — CdP session</source>
        <translation>Relecture avant export — séance de CdP</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Séance du %1</translation>
    </message>
    <message>
        <source>The language model is not in use: names are found from the register and by patterns only. Read each text with extra care.</source>
        <translation>Le modèle de langue n&apos;est pas utilisé : les noms sont trouvés seulement grâce au registre et aux motifs. Relisez chaque texte avec une attention particulière.</translation>
    </message>
    <message>
        <source>%1 Read the texts again, then confirm.</source>
        <translation>%1 Relisez les textes, puis confirmez à nouveau.</translation>
    </message>
    <message>
        <source>Replacements: %1 — to check: %2</source>
        <translation>Remplacements : %1 — à vérifier : %2</translation>
    </message>
</context>
<context>
    <name>CardGrid</name>
    <message>
        <source>%1 (drawn, number %2)</source>
        <translation>%1 (tirée, numéro %2)</translation>
    </message>
</context>
<context>
    <name>CdpSessionForm</name>
    <message>
        <source>Date of the session</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>e.g. CdP Brussels-West</source>
        <translation>p. ex. CdP Bruxelles-Ouest</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>Nœud worked on</source>
        <translation>Nœud travaillé</translation>
    </message>
    <message>
        <source>The nœud in the group&apos;s own words</source>
        <translation>Le nœud dans les mots du groupe</translation>
    </message>
    <message>
        <source>Situations brought to the session</source>
        <translation>Situations apportées à la séance</translation>
    </message>
    <message>
        <source>One positive element</source>
        <translation>Un élément positif</translation>
    </message>
    <message>
        <source>One difficulty</source>
        <translation>Une difficulté</translation>
    </message>
    <message>
        <source>One new element</source>
        <translation>Un élément nouveau</translation>
    </message>
    <message>
        <source>One solution that emerged</source>
        <translation>Une solution ayant émergé</translation>
    </message>
    <message>
        <source>&amp;1. One positive element</source>
        <translation>&amp;1. Un élément positif</translation>
    </message>
    <message>
        <source>&amp;2. One difficulty</source>
        <translation>&amp;2. Une difficulté</translation>
    </message>
    <message>
        <source>&amp;3. One new element</source>
        <translation>&amp;3. Un élément nouveau</translation>
    </message>
    <message>
        <source>&amp;4. One solution that emerged</source>
        <translation>&amp;4. Une solution ayant émergé</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Gro&amp;upe :</translation>
    </message>
    <message>
        <source>Nœud (recurring &amp;problem):</source>
        <translation>Nœud (&amp;problème récurrent) :</translation>
    </message>
    <message>
        <source>In the group&apos;s own &amp;words:</source>
        <translation>Dans les &amp;mots du groupe :</translation>
    </message>
    <message>
        <source>Situations &amp;brought (one or two)</source>
        <translation>Situations &amp;apportées (une ou deux)</translation>
    </message>
    <message>
        <source>We talk about situations, not patients: only the pseudonym leaves this screen, and only for a situation whose person agreed to the exchange.</source>
        <translation>On parle de situations, pas de patients : seul le pseudonyme quitte cet écran, et seulement pour une situation dont la personne a accepté l&apos;échange.</translation>
    </message>
    <message>
        <source>After the session: the four points reported</source>
        <translation>Après la séance : les quatre points rapportés</translation>
    </message>
    <message>
        <source>No situation in the register yet.</source>
        <translation>Aucune situation dans le registre pour l&apos;instant.</translation>
    </message>
    <message>
        <source>consent not recorded</source>
        <translation>consentement non enregistré</translation>
    </message>
</context>
<context>
    <name>CdpSessionsPage</name>
    <message>
        <source>Community-of-practice sessions</source>
        <translation>Séances de la communauté de pratique</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Nœud</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle séance</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Prepare the e&amp;xport…</source>
        <translation>Préparer l&apos;e&amp;xport…</translation>
    </message>
    <message>
        <source>Review the anonymised canvases of the situations brought, then export them as PDF or JSON.</source>
        <translation>Relire les canevas anonymisés des situations apportées, puis les exporter en PDF ou en JSON.</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Enreg&amp;istrer</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+Enter)</source>
        <translation>Enregistrer la séance (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>CdP &amp;sessions</source>
        <translation>&amp;Séances de CdP</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The session shown has changes that are not saved. Leave them?</source>
        <translation>La séance affichée a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Séance du %1</translation>
    </message>
    <message>
        <source>At most %1 situations per session (the report advises one or two).</source>
        <translation>Au plus %1 situations par séance (le rapport en conseille une ou deux).</translation>
    </message>
    <message>
        <source>Session of %1 saved.</source>
        <translation>Séance du %1 enregistrée.</translation>
    </message>
    <message>
        <source>Delete this CdP session? The situations themselves are not touched.</source>
        <translation>Supprimer cette séance de CdP ? Les situations elles-mêmes ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Séance supprimée.</translation>
    </message>
    <message>
        <source>Tick at least one situation to prepare its canvas.</source>
        <translation>Cochez au moins une situation pour préparer son canevas.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase de passe &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Tapez votre phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>La phrase de passe actuelle n&apos;est pas la bonne.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (%1).</source>
        <translation>La phrase de passe n&apos;a pas pu être changée (%1).</translation>
    </message>
</context>
<context>
    <name>CloseSituationDialog</name>
    <message>
        <source>Close the accompaniment</source>
        <translation>Clôturer l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Clôturé &amp;le</translation>
    </message>
    <message>
        <source>Closing clears the next check-in date. You can reopen the accompaniment later.</source>
        <translation>La clôture efface la date du prochain contact. Vous pourrez rouvrir l&apos;accompagnement plus tard.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent to share</source>
        <translation>Accord de partage</translation>
    </message>
    <message>
        <source>(type a name below)</source>
        <translation>(tapez un nom ci-dessous)</translation>
    </message>
    <message>
        <source>Network &amp;member</source>
        <translation>&amp;Membre du réseau</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role or organisation</source>
        <translation>&amp;Rôle ou organisation</translation>
    </message>
    <message>
        <source>The person agrees that their situation is shared with this professional (handover sheet).</source>
        <translation>La personne accepte que sa situation soit partagée avec ce professionnel (fiche de relais).</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consents to share (handover sheet)</source>
        <translation>Accords de partage (fiche de relais)</translation>
    </message>
    <message>
        <source>Consents to share</source>
        <translation>Accords de partage</translation>
    </message>
    <message>
        <source>Record a &amp;consent to share…</source>
        <translation>Enregistrer un a&amp;ccord de partage…</translation>
    </message>
    <message>
        <source>&amp;Withdraw the consent…</source>
        <translation>Mettre fin à l&apos;acc&amp;ord…</translation>
    </message>
    <message>
        <source>No consent recorded: the handover sheet cannot be made yet.</source>
        <translation>Aucun accord enregistré : la fiche de relais ne peut pas encore être faite.</translation>
    </message>
    <message>
        <source>%1 — since %2</source>
        <translation>%1 — depuis le %2</translation>
    </message>
    <message>
        <source>%1 — withdrawn on %2</source>
        <translation>%1 — retiré le %2</translation>
    </message>
    <message>
        <source>Withdraw the consent</source>
        <translation>Retirer l&apos;accord</translation>
    </message>
    <message>
        <source>Withdraw the consent to share with %1? No handover sheet can be made for them after.</source>
        <translation>Retirer l&apos;accord de partage avec %1 ? Plus aucune fiche de relais ne pourra lui être faite.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Accord</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Choisie</translation>
    </message>
    <message>
        <source>Previous cards</source>
        <translation>Cartes précédentes</translation>
    </message>
    <message>
        <source>More cards</source>
        <translation>D’autres cartes</translation>
    </message>
    <message>
        <source>Cards at a time:</source>
        <translation>Cartes à la fois&#xa0;:</translation>
    </message>
    <message>
        <source>Screen %1 of %2</source>
        <translation>Écran %1 sur %2</translation>
    </message>
    <message>
        <source>In your own words, about “%1”:</source>
        <translation>Avec vos mots, pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Touch a card that matters to you.</source>
        <translation>Touchez une carte qui compte pour vous.</translation>
    </message>
    <message>
        <source>I have finished</source>
        <translation>J’ai fini</translation>
    </message>
    <message>
        <source>What you chose</source>
        <translation>Ce que vous avez choisi</translation>
    </message>
    <message>
        <source>No card chosen yet.</source>
        <translation>Pas encore de carte choisie.</translation>
    </message>
    <message>
        <source>Set aside for now: %1</source>
        <translation>Mis de côté pour le moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>Retour aux cartes</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Card: %1, chosen</source>
        <translation>Carte&#xa0;: %1, choisie</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(sans mots)</translation>
    </message>
</context>
<context>
    <name>ConversationEntry</name>
    <message>
        <source>Conv&amp;ersation mode</source>
        <translation>Mode conversation : c&amp;hoisir les cartes</translation>
    </message>
    <message>
        <source>The cards full screen, for the person to choose (F11)</source>
        <translation>Les cartes en plein écran, pour que la personne choisisse (F11)</translation>
    </message>
    <message>
        <source>Cards without a pictogram, shown as text only: %1.</source>
        <translation>Cartes sans pictogramme, montrées en texte seul&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cards shown in French in a conversation in %1: %2.</source>
        <translation>Cartes montrées en français dans une conversation en %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ConversationWindow</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>For the referent: hold two seconds to leave</source>
        <translation>Pour le référent&#xa0;: maintenir deux secondes pour quitter</translation>
    </message>
    <message>
        <source>In which language shall we talk?</source>
        <translation>Dans quelle langue parlons-nous&#xa0;?</translation>
    </message>
    <message>
        <source>For the referent: choose the language of the conversation, then hand over the screen. To leave, press %1 or hold the small dot in the top right corner for two seconds.</source>
        <translation>Pour le référent&#xa0;: choisissez la langue de la conversation, puis confiez l’écran. Pour quitter, appuyez sur %1 ou maintenez deux secondes le petit point en haut à droite.</translation>
    </message>
</context>
<context>
    <name>DateChoiceDialog</name>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>+1 week</source>
        <translation>+1 semaine</translation>
    </message>
    <message>
        <source>+2 weeks</source>
        <translation>+2 semaines</translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation>+1 mois</translation>
    </message>
    <message>
        <source>In one week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Dans deux semaines</translation>
    </message>
    <message>
        <source>In one month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <source>Choose today or a later date.</source>
        <translation>Choisissez aujourd&apos;hui ou une date ultérieure.</translation>
    </message>
</context>
<context>
    <name>DialogueTab</name>
    <message>
        <source>Past dialogue sessions</source>
        <translation>Séances de dialogue passées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Priorities written</source>
        <translation>Priorités notées</translation>
    </message>
    <message>
        <source>Ne&amp;w session</source>
        <translation>&amp;Nouvelle séance</translation>
    </message>
    <message>
        <source>Open a&amp;gain</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Mode of the session</source>
        <translation>Mode de la séance</translation>
    </message>
    <message>
        <source>Cards drawn</source>
        <translation>Cartes tirées</translation>
    </message>
    <message>
        <source>Difficulties encountered</source>
        <translation>Difficultés rencontrées</translation>
    </message>
    <message>
        <source>Added value experienced</source>
        <translation>Plus-value éprouvée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>S&amp;ave session</source>
        <translation>Enregistrer l&amp;a séance</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+Enter)</source>
        <translation>Enregistrer la séance (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Séances passées</translation>
    </message>
    <message>
        <source>&amp;Cards drawn</source>
        <translation>&amp;Cartes tirées</translation>
    </message>
    <message>
        <source>Pr&amp;iorities, in the person&apos;s words</source>
        <translation>&amp;Priorités, dans les mots de la personne</translation>
    </message>
    <message>
        <source>Two or three are enough; saying it is already something.</source>
        <translation>Deux ou trois suffisent&#xa0;; le dire, c&apos;est déjà quelque chose.</translation>
    </message>
    <message>
        <source>Di&amp;fficulties encountered</source>
        <translation>Difficult&amp;és rencontrées</translation>
    </message>
    <message>
        <source>Added val&amp;ue experienced</source>
        <translation>Plus-&amp;value éprouvée</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Remar&amp;ques</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Séance du %1</translation>
    </message>
    <message>
        <source>S&amp;ave changes</source>
        <translation>Enregistrer les modific&amp;ations</translation>
    </message>
    <message>
        <source>Already written: %1 (see the Priorities tab).</source>
        <translation>Déjà notées&#xa0;: %1 (voir l&apos;onglet Priorités).</translation>
    </message>
    <message>
        <source>No card drawn. Arrows move, Space draws or puts back a card.</source>
        <translation>Aucune carte tirée. Flèches&#xa0;: se déplacer&#xa0;; Espace&#xa0;: tirer ou reposer une carte.</translation>
    </message>
    <message>
        <source>Drawn (%1): %2</source>
        <translation>Tirées (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Session of %1 saved. Priorities written: %2.</source>
        <translation>Séance du %1 enregistrée. Priorités notées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete this dialogue session? The priorities written during it are kept.</source>
        <translation>Supprimer cette séance de dialogue&#xa0;? Les priorités notées pendant la séance sont conservées.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Handover sheet (passer le relais)…</source>
        <translation>Fiche de &amp;relais (passer le relais)…</translation>
    </message>
    <message>
        <source>&amp;Situation file (your records)…</source>
        <translation>&amp;Dossier de la situation (vos archives)…</translation>
    </message>
    <message>
        <source>GDPR &amp;access request (PDF)…</source>
        <translation>Accès aux données RGPD (&amp;PDF)…</translation>
    </message>
    <message>
        <source>GDPR access request (&amp;JSON)…</source>
        <translation>Accès aux données RGPD (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Follow-ups to the ca&amp;lendar (.ics)…</source>
        <translation>Suivis vers l&apos;&amp;agenda (.ics)…</translation>
    </message>
    <message>
        <source>Your &amp;contact on the documents…</source>
        <translation>Vos &amp;coordonnées sur les documents…</translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation>Fiche de relais</translation>
    </message>
    <message>
        <source>Situation file</source>
        <translation>Dossier de la situation</translation>
    </message>
    <message>
        <source>GDPR access request</source>
        <translation>Accès aux données (RGPD)</translation>
    </message>
    <message>
        <source>For which professional?</source>
        <translation>Pour quel professionnel ?</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Handover sheet, situation file, GDPR access (Ctrl+Shift+D)</source>
        <translation>Fiche de relais, dossier de la situation, accès RGPD (Ctrl+Maj+D)</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>e.g. 45, 1h30</source>
        <translation>ex. 45, 1h30</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>Type a duration, for example 45, 1h30 or 1:30.</source>
        <translation>Indiquez une durée, par exemple 45, 1h30 ou 1:30.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Une durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A duration of zero minutes cannot be saved.</source>
        <translation>Une durée de zéro minute ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>More than 24 h on one line: split this time over several days.</source>
        <translation>Plus de 24 h sur une seule ligne : répartissez ce temps sur plusieurs jours.</translation>
    </message>
    <message>
        <source>“%1”: give the unit, for example “%1 h” or “90 min”.</source>
        <translation>« %1 » : précisez l&apos;unité, par exemple « %1 h » ou « 90 min ».</translation>
    </message>
    <message>
        <source>Unreadable duration: “%1”. Write for example 45, 45 min, 1h30, 1:30 or 1,5 h.</source>
        <translation>Durée illisible : « %1 ». Écrivez par exemple 45, 45 min, 1h30, 1:30 ou 1,5 h.</translation>
    </message>
</context>
<context>
    <name>EditTextDialog</name>
    <message>
        <source>Text as it will be exported</source>
        <translation>Texte tel qu&apos;il sera exporté</translation>
    </message>
    <message>
        <source>&amp;Text as it will be exported:</source>
        <translation>&amp;Texte tel qu&apos;il sera exporté :</translation>
    </message>
    <message>
        <source>Placeholders such as [PERSONNE 1] can stay. The new text is checked again when you accept: a name you type is masked like any other.</source>
        <translation>Les remplacements comme [PERSONNE 1] peuvent rester. Le nouveau texte est vérifié à nouveau quand vous acceptez : un nom que vous tapez est masqué comme les autres.</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New situation</source>
        <translation>Nouvelle situation</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tout est enregistré</translation>
    </message>
    <message>
        <source>This situation has changes that are not saved.</source>
        <translation>Cette situation a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EntryEditDialog</name>
    <message>
        <source>Edit the time</source>
        <translation>Modifier le temps</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>S&amp;ituation:</source>
        <translation>S&amp;ituation :</translation>
    </message>
    <message>
        <source>&amp;Mobilisation:</source>
        <translation>Dé&amp;marche :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Choose a task from the list.</source>
        <translation>Choisissez une tâche de la liste.</translation>
    </message>
    <message>
        <source>No single situation matches: choose one from the list.</source>
        <translation>Aucune situation ne correspond de façon certaine : choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>The mobilisations of the line&apos;s situation.</source>
        <translation>Les démarches de la situation de la ligne.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Effacer définitivement %1&#xa0;?</translation>
    </message>
    <message>
        <source>A backup copy of the whole register is made first, in %1. It is encrypted like the register. The person stays in the backups made before the erasure until they are deleted in turn: those made before an erasure, an import or a restore after %2 newer ones, the daily backups after 7 days, 4 weeks or 12 months. You will be offered to delete them now.</source>
        <translation>Une sauvegarde de tout le registre est d&apos;abord faite, dans %1. Elle est chiffrée comme le registre. La personne reste dans les sauvegardes faites avant l&apos;effacement jusqu&apos;à ce qu&apos;elles soient supprimées à leur tour : celles faites avant un effacement, un import ou une restauration après %2 plus récentes, les sauvegardes quotidiennes après 7 jours, 4 semaines ou 12 mois. Il vous sera proposé de les supprimer tout de suite.</translation>
    </message>
    <message>
        <source>the person: identity, address, contact details and notes</source>
        <translation>la personne&#xa0;: identité, adresse, coordonnées et notes</translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s): %1</source>
        <translation>
            <numerusform>%n situation&#xa0;: %1</numerusform>
            <numerusform>%n situations&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no situation</source>
        <translation>aucune situation</translation>
    </message>
    <message numerus="yes">
        <source>%n network member(s)</source>
        <translation>
            <numerusform>%n membre du réseau</numerusform>
            <numerusform>%n membres du réseau</numerusform>
        </translation>
    </message>
    <message>
        <source>all priorities, dialogue sessions, resources mobilised and time entries linked to these situations</source>
        <translation>toutes les priorités, séances de dialogue, ressources mobilisées et temps encodés liés à ces situations</translation>
    </message>
    <message>
        <source>This will erase from the register:</source>
        <translation>Seront effacés du registre&#xa0;:</translation>
    </message>
    <message>
        <source>To confirm, type the last name “%1” or the word %2:</source>
        <translation>Pour confirmer, tapez le nom de famille «&#xa0;%1&#xa0;» ou le mot %2&#xa0;:</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <source>To confirm, type the word %1:</source>
        <translation>Pour confirmer, tapez le mot %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>&amp;I have read every text</source>
        <translation>J&apos;a&amp;i relu chaque texte</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Confirmed: you can export.</source>
        <translation>Confirmé : vous pouvez exporter.</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Écriture de l&apos;export…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>The export was not written:
%1

Choose another folder or file name.</source>
        <translation>L&apos;export n&apos;a pas été écrit :
%1

Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The export was not written (an unexpected error). Nothing was left behind.</source>
        <translation>L&apos;export n&apos;a pas été écrit (erreur inattendue). Aucun fichier partiel n&apos;est resté.</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>L&apos;export n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>Follow-ups to the calendar</source>
        <translation>Suivis vers l&apos;agenda</translation>
    </message>
    <message>
        <source>CdP session</source>
        <translation>Séance de CdP</translation>
    </message>
    <message>
        <source>CdP moderator&apos;s synthesis</source>
        <translation>Synthèse du modérateur de CdP</translation>
    </message>
    <message>
        <source>Invisible-work report</source>
        <translation>Rapport du travail invisible</translation>
    </message>
    <message>
        <source>Resource directory</source>
        <translation>Répertoire des ressources</translation>
    </message>
    <message>
        <source>Whole register (JSON)</source>
        <translation>Registre complet (JSON)</translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation>Fiche « passer le relais »</translation>
    </message>
    <message>
        <source>Situation file</source>
        <translation>Dossier de la situation</translation>
    </message>
    <message>
        <source>Access request (GDPR)</source>
        <translation>Demande d&apos;accès (RGPD)</translation>
    </message>
    <message>
        <source>Fridge note</source>
        <translation>Note pour le frigo</translation>
    </message>
    <message>
        <source>Note to the GP</source>
        <translation>Note au médecin traitant</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>Programme de messagerie</translation>
    </message>
    <message>
        <source>Text copied</source>
        <translation>Texte copié</translation>
    </message>
    <message>
        <source>E-mail draft (.eml)</source>
        <translation>Brouillon de courriel (.eml)</translation>
    </message>
    <message>
        <source>professional (consent no. %1)</source>
        <translation>professionnel (consentement n° %1)</translation>
    </message>
    <message>
        <source>the GP</source>
        <translation>le médecin traitant</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>la personne</translation>
    </message>
</context>
<context>
    <name>ExportLogPage</name>
    <message>
        <source>Every file Relais wrote or printed from this register: what, when, how and for whom. What the files contained is never kept here.</source>
        <translation>Chaque fichier que Relais a écrit ou imprimé depuis ce registre&#xa0;: quoi, quand, comment et pour qui. Le contenu des fichiers n&apos;est jamais gardé ici.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>With names</source>
        <translation>Avec les noms</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind of export:</source>
        <translation>&amp;Type d&apos;export&#xa0;:</translation>
    </message>
    <message>
        <source>All situations</source>
        <translation>Toutes les situations</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1 exports shown</source>
        <translation>%1 exports affichés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>CdP bundles</source>
        <translation>paquets CdP</translation>
    </message>
    <message>
        <source>invisible-work bundles</source>
        <translation>paquets travail invisible</translation>
    </message>
    <message>
        <source>files refused</source>
        <translation>fichiers refusés</translation>
    </message>
    <message>
        <source>replacements</source>
        <translation>remplacements</translation>
    </message>
    <message>
        <source>names found by the model</source>
        <translation>noms trouvés par le modèle</translation>
    </message>
    <message>
        <source>knot</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>review</source>
        <translation>relecture</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FieldView</name>
    <message>
        <source>Original text, replacements highlighted</source>
        <translation>Texte original, remplacements surlignés</translation>
    </message>
    <message>
        <source>Text as it will be exported</source>
        <translation>Texte tel qu&apos;il sera exporté</translation>
    </message>
    <message>
        <source>&amp;Mask the selection</source>
        <translation>&amp;Masquer la sélection</translation>
    </message>
    <message>
        <source>Select words in the original text, then mask them.</source>
        <translation>Sélectionnez des mots dans le texte original, puis masquez-les.</translation>
    </message>
    <message>
        <source>&amp;Edit the text…</source>
        <translation>Modifi&amp;er le texte…</translation>
    </message>
    <message>
        <source>Rewrite the exported text yourself; it is checked again.</source>
        <translation>Réécrire vous-même le texte exporté ; il est vérifié à nouveau.</translation>
    </message>
    <message>
        <source>Replacements in this text</source>
        <translation>Remplacements dans ce texte</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Remplacé par</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>&amp;Restore (false positive)</source>
        <translation>&amp;Restaurer (faux positif)</translation>
    </message>
    <message>
        <source>Keep the original words of the selected replacement.</source>
        <translation>Garder les mots d&apos;origine du remplacement sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Generalise</source>
        <translation>&amp;Généraliser</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>masked by you</source>
        <translation>masqué par vous</translation>
    </message>
    <message>
        <source>&amp;Original text</source>
        <translation>Texte &amp;original</translation>
    </message>
    <message>
        <source>E&amp;xported text</source>
        <translation>Texte e&amp;xporté</translation>
    </message>
    <message>
        <source>Rep&amp;lacements in this text</source>
        <translation>Remp&amp;lacements dans ce texte</translation>
    </message>
    <message>
        <source>(left in clear)</source>
        <translation>(laissé en clair)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Write “%1” instead (Ctrl+G).</source>
        <translation>Écrire « %1 » à la place (Ctrl+G).</translation>
    </message>
    <message>
        <source>Select an item to check that offers a coarser wording (the region, the month).</source>
        <translation>Sélectionnez un élément à vérifier qui propose une formulation plus large (la région, le mois).</translation>
    </message>
    <message>
        <source>Restored: the original words will be exported.</source>
        <translation>Restauré : les mots d&apos;origine seront exportés.</translation>
    </message>
    <message>
        <source>Select an item to check that offers a generalisation.</source>
        <translation>Sélectionnez un élément à vérifier qui propose une généralisation.</translation>
    </message>
    <message>
        <source>Generalised: “%1” will be exported.</source>
        <translation>Généralisé : « %1 » sera exporté.</translation>
    </message>
    <message>
        <source>Select words in the original text first.</source>
        <translation>Sélectionnez d&apos;abord des mots dans le texte original.</translation>
    </message>
    <message>
        <source>Masked as %1.</source>
        <translation>Masqué en %1.</translation>
    </message>
    <message>
        <source>Edit the text — %1</source>
        <translation>Modifier le texte — %1</translation>
    </message>
    <message>
        <source>Text rewritten and checked again.</source>
        <translation>Texte réécrit et vérifié à nouveau.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Opening Relais</source>
        <translation>Ouverture de Relais</translation>
    </message>
    <message>
        <source>Your register is ready.</source>
        <translation>Votre registre est prêt.</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (open without typing the passphrase)</source>
        <translation>&amp;Se souvenir sur cet ordinateur (ouvrir sans taper la phrase de passe)</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring and Relais opens as soon as you are logged in to your session. Fine on a personal computer protected by a password; avoid it on a shared computer. The passphrase always keeps working.</source>
        <translation>La clé est gardée dans le trousseau de clés de cet ordinateur et Relais s&apos;ouvre dès que vous êtes connecté·e à votre session. Convient à un ordinateur personnel protégé par un mot de passe&#xa0;; à éviter sur un ordinateur partagé. La phrase de passe fonctionne toujours.</translation>
    </message>
    <message>
        <source>Not available: this computer has no keyring (a secure store for keys), so you will type your passphrase each time you open Relais.</source>
        <translation>Pas disponible&#xa0;: cet ordinateur n&apos;a pas de trousseau de clés (un coffre sécurisé pour les clés). Vous taperez votre phrase de passe à chaque ouverture de Relais.</translation>
    </message>
    <message>
        <source>After a few minutes without activity, Relais locks itself; Ctrl+L locks it at once. You can change this in the preferences.</source>
        <translation>Après quelques minutes sans activité, Relais se verrouille&#xa0;; Ctrl+L le verrouille tout de suite. Vous pouvez modifier ce délai dans les préférences.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Relais — new register</source>
        <translation>Relais — nouveau registre</translation>
    </message>
    <message>
        <source>&amp;Open Relais</source>
        <translation>&amp;Ouvrir Relais</translation>
    </message>
    <message>
        <source>The register could not be created in this folder (no permission, or the disk is full). Go back and choose another folder.</source>
        <translation>Le registre n&apos;a pas pu être créé dans ce dossier (pas d&apos;autorisation, ou disque plein). Revenez en arrière et choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The register could not be created (%1).</source>
        <translation>Le registre n&apos;a pas pu être créé (%1).</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Welcome to Relais</source>
        <translation>Bienvenue dans Relais</translation>
    </message>
    <message>
        <source>Relais keeps the register of the situations you accompany encrypted on this computer. First, choose where to keep it: the suggested folder suits most people.</source>
        <translation>Relais garde le registre des situations que vous accompagnez, chiffré, sur cet ordinateur. Choisissez d&apos;abord où le ranger&#xa0;: le dossier proposé convient dans la plupart des cas.</translation>
    </message>
    <message>
        <source>Register folder</source>
        <translation>Dossier du registre</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Register &amp;folder:</source>
        <translation>&amp;Dossier du registre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open an existing register instead…</source>
        <translation>&amp;Ouvrir plutôt un registre existant…</translation>
    </message>
    <message>
        <source>The folder will hold the encrypted database, its key file and automatic backups. Choose a new or empty folder.</source>
        <translation>Le dossier contiendra la base de données chiffrée, son fichier de clés et les sauvegardes automatiques. Choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <source>This folder already contains a Relais register. Use “Open an existing register instead…”, or choose another folder.</source>
        <translation>Ce dossier contient déjà un registre Relais. Utilisez «&#xa0;Ouvrir plutôt un registre existant…&#xa0;» ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>C&apos;est un fichier, pas un dossier. Choisissez un dossier.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder.</source>
        <translation>Ce dossier n&apos;est pas vide. Choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Relais is not allowed to write in this folder. Choose another one, for example in your documents.</source>
        <translation>Relais n&apos;a pas le droit d&apos;écrire dans ce dossier. Choisissez-en un autre, par exemple dans vos documents.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain contact</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n rappel</numerusform>
            <numerusform>%n rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Due today or overdue</source>
        <translation>Pour aujourd&apos;hui ou en retard</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Dans les 7 jours</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Dans les 30 jours</translation>
    </message>
    <message>
        <source>Nobody to contact in this period.</source>
        <translation>Personne à contacter sur cette période.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Fa&amp;it</translation>
    </message>
    <message>
        <source>The contact was made</source>
        <translation>Le contact a eu lieu</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Reporter…</translation>
    </message>
    <message>
        <source>Move to a later date</source>
        <translation>Reporter à une date ultérieure</translation>
    </message>
    <message>
        <source>&amp;Open the situation</source>
        <translation>&amp;Ouvrir la situation</translation>
    </message>
    <message>
        <source>Open the situation (Enter)</source>
        <translation>Ouvrir la situation (Entrée)</translation>
    </message>
    <message>
        <source>People to contact</source>
        <translation>Personnes à contacter</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Période affichée</translation>
    </message>
    <message numerus="yes">
        <source>%n to contact</source>
        <translation>
            <numerusform>%n à contacter</numerusform>
            <numerusform>%n à contacter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact with %1 done. When is the next check-in? Untick the box for none.</source>
        <translation>Contact avec %1 fait. Quand aura lieu le prochain contact&#xa0;? Décochez la case s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Contact done</source>
        <translation>Contact fait</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Postpone the contact with %1 to:</source>
        <translation>Reporter le contact avec %1 au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GpNoteDialog</name>
    <message>
        <source>Note to the GP</source>
        <translation>Note au médecin traitant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordinary e-mail is not a secure channel.&lt;/b&gt; For health information, prefer your secure messaging service: use “Copy the text” and paste it there.</source>
        <translation>&lt;b&gt;Un e-mail ordinaire n’est pas un canal sécurisé.&lt;/b&gt; Pour des informations de santé, préférez votre messagerie sécurisée : utilisez « Copier le texte » et collez-le là.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open in my mail program</source>
        <translation>&amp;Ouvrir dans ma messagerie</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>No e-mail address for the GP in the person&apos;s network: copy the text into your secure messaging service or your mail.</source>
        <translation>Pas d’adresse e-mail du médecin généraliste dans le réseau de la personne : copiez le texte dans votre messagerie sécurisée ou votre e-mail.</translation>
    </message>
    <message>
        <source>No mail program answered on this computer: nothing was opened or sent. Use “Copy the text” and paste it where you write.</source>
        <translation>Aucun programme de messagerie n&apos;a répondu sur cet ordinateur : rien n&apos;a été ouvert ni envoyé. Utilisez « Copier le texte » et collez-le là où vous écrivez.</translation>
    </message>
    <message>
        <source>Opened in your mail program: check it and send it from there.</source>
        <translation>Ouvert dans votre messagerie : relisez-le et envoyez-le de là.</translation>
    </message>
    <message>
        <source>The note was too long for a mail link: it was written as %1 and opened in your mail program. Delete the file once the mail is sent.</source>
        <translation>La note était trop longue pour un lien e-mail : elle a été écrite dans %1 et ouverte dans votre messagerie. Supprimez ce fichier une fois l’e-mail envoyé.</translation>
    </message>
    <message>
        <source>The note was too long for a mail link: it was written as %1, but no program opened it. Open it with your mail program, or use “Copy the text”.</source>
        <translation>La note était trop longue pour un lien de courriel : elle a été écrite dans %1, mais aucun programme ne l&apos;a ouverte. Ouvrez-la avec votre messagerie, ou utilisez « Copier le texte ».</translation>
    </message>
    <message>
        <source>The text is copied: paste it into your secure messaging service.</source>
        <translation>Le texte est copié : collez-le dans votre messagerie sécurisée.</translation>
    </message>
</context>
<context>
    <name>HighlightedText</name>
    <message>
        <source>found in the register</source>
        <translation>trouvé dans le registre</translation>
    </message>
    <message>
        <source>found by a pattern</source>
        <translation>trouvé par un motif</translation>
    </message>
    <message>
        <source>found by the language model</source>
        <translation>trouvé par le modèle de langue</translation>
    </message>
    <message>
        <source>masked by you</source>
        <translation>masqué par vous</translation>
    </message>
    <message>
        <source>Replaced by %1 (%2)</source>
        <translation>Remplacé par %1 (%2)</translation>
    </message>
    <message>
        <source>To check: this is also a common word.</source>
        <translation>À vérifier : c&apos;est aussi un mot courant.</translation>
    </message>
    <message>
        <source>Left in clear: to check.</source>
        <translation>Laissé en clair : à vérifier.</translation>
    </message>
    <message>
        <source>Select it and choose Mask the selection to mask it.</source>
        <translation>Sélectionnez-le puis « Masquer la sélection » pour le masquer.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a personal export</source>
        <translation>Importer un export personnel</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>A .json file written by “relais export-json”</source>
        <translation>Un fichier .json écrit par « relais export-json »</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>The people, situations and everything recorded with them are added to this register; nothing in it is changed or removed.</source>
        <translation>Les personnes, les situations et tout ce qui est noté avec elles sont ajoutés à ce registre ; rien de ce qu&apos;il contient n&apos;est modifié ni supprimé.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Relais exports (*.json)</source>
        <translation>Exports Relais (*.json)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>A backup of the register is made first: it undoes the import if needed.</source>
        <translation>Une sauvegarde du registre est faite d&apos;abord : elle permet d&apos;annuler l&apos;import au besoin.</translation>
    </message>
    <message>
        <source>Nothing will be imported from this file.</source>
        <translation>Rien ne sera importé depuis ce fichier.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) of the directory</source>
        <translation>
            <numerusform>%n ressource du répertoire</numerusform>
            <numerusform>%n ressources du répertoire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time entry(ies)</source>
        <translation>
            <numerusform>%n temps encodé</numerusform>
            <numerusform>%n temps encodés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n rappel</numerusform>
            <numerusform>%n rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CdP session(s)</source>
        <translation>
            <numerusform>%n séance de CdP</numerusform>
            <numerusform>%n séances de CdP</numerusform>
        </translation>
    </message>
    <message>
        <source>This file will add: %1.</source>
        <translation>Ce fichier ajoutera : %1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s) imported. The register as it was before is kept in the backup %1.</source>
        <translation>
            <numerusform>%n situation importée. Le registre tel qu&apos;il était avant est gardé dans la sauvegarde %1.</numerusform>
            <numerusform>%n situations importées. Le registre tel qu&apos;il était avant est gardé dans la sauvegarde %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvisibleWorkDashboard</name>
    <message>
        <source>First month</source>
        <translation>Premier mois</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <source>&amp;Show the figures</source>
        <translation>Affic&amp;her les chiffres</translation>
    </message>
    <message>
        <source>Situations by invisible time (pseudonyms)</source>
        <translation>Situations selon le travail invisible (pseudonymes)</translation>
    </message>
    <message>
        <source>Time on mobilisations by outcome</source>
        <translation>Temps des démarches selon leur issue</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>Exporter le dossier &amp;JSON…</translation>
    </message>
    <message>
        <source>The anonymised figures as a JSON bundle, for a CdP moderator to merge with other referents&apos; bundles</source>
        <translation>Les chiffres anonymisés en dossier JSON, que le modérateur d&apos;une CdP fusionne avec ceux d&apos;autres référents</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the export</source>
        <translation>A&amp;nnuler l&apos;export</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du mois</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Au mois</translation>
    </message>
    <message>
        <source>With the person and invisible work</source>
        <translation>Avec la personne et travail invisible</translation>
    </message>
    <message>
        <source>Situations by invisible time</source>
        <translation>Situations selon le travail invisible</translation>
    </message>
    <message>
        <source>Time on mobilisations, by their outcome</source>
        <translation>Temps passé sur les démarches, selon leur issue</translation>
    </message>
    <message>
        <source>The last month is before the first one: choose the months again.</source>
        <translation>Le dernier mois précède le premier : choisissez à nouveau les mois.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON bundles (*.json)</source>
        <translation>Dossiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>No time recorded from %1 to %2: nothing to show for this period.</source>
        <translation>Aucun temps enregistré de %1 à %2 : rien à montrer pour cette période.</translation>
    </message>
    <message>
        <source>With the person</source>
        <translation>Avec la personne</translation>
    </message>
    <message>
        <source>Invisible work</source>
        <translation>Travail invisible</translation>
    </message>
    <message>
        <source>with the person</source>
        <translation>avec la personne</translation>
    </message>
    <message>
        <source>invisible work</source>
        <translation>travail invisible</translation>
    </message>
    <message>
        <source>%1 invisible of %2</source>
        <translation>%1 invisibles sur %2</translation>
    </message>
    <message>
        <source>Fewer than 5 situations had time in this period: the detail per situation is not shown, so that nobody can be recognised.</source>
        <translation>Moins de 5 situations ont du temps sur cette période : le détail par situation n&apos;est pas montré, pour que personne ne puisse être reconnu.</translation>
    </message>
    <message>
        <source>No time tied to a situation in this period.</source>
        <translation>Aucun temps lié à une situation sur cette période.</translation>
    </message>
    <message>
        <source>Situations appear by pseudonym only; the %1 with the most invisible time.</source>
        <translation>Les situations n&apos;apparaissent que par leur pseudonyme ; les %1 qui ont le plus de travail invisible.</translation>
    </message>
    <message>
        <source>time withheld (fewer than 5 situations) · situations: %1</source>
        <translation>temps masqué (moins de 5 situations) · situations : %1</translation>
    </message>
    <message>
        <source>%1 · situations: %2</source>
        <translation>%1 · situations : %2</translation>
    </message>
    <message>
        <source>%1 (%2 %) · situations: %3</source>
        <translation>%1 (%2 %) · situations : %3</translation>
    </message>
    <message>
        <source>Shortage (waiting list, service full, failure)</source>
        <translation>Pénurie (liste d&apos;attente, service complet, échec)</translation>
    </message>
    <message>
        <source>Hours by task and month</source>
        <translation>Heures par tâche et par mois</translation>
    </message>
    <message>
        <source>Other outcomes</source>
        <translation>Autres issues</translation>
    </message>
    <message>
        <source>No time was tied to a mobilisation in this period.</source>
        <translation>Aucun temps n&apos;a été lié à une démarche sur cette période.</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés : %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>Le fichier n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>The file was not written (%1).</source>
        <translation>Le fichier n&apos;a pas été écrit (%1).</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
</context>
<context>
    <name>LiaisonActions</name>
    <message>
        <source>&amp;Fridge note…</source>
        <translation>Note pour le &amp;frigo…</translation>
    </message>
    <message>
        <source>Note to the &amp;GP…</source>
        <translation>Note au &amp;médecin traitant…</translation>
    </message>
    <message>
        <source>Preparing the fridge note…</source>
        <translation>Préparation de la note pour le frigo…</translation>
    </message>
    <message>
        <source>Fridge note</source>
        <translation>Note pour le frigo</translation>
    </message>
    <message>
        <source>Language of the note (the person&apos;s language):</source>
        <translation>Langue de la note (celle de la personne)&#xa0;:</translation>
    </message>
    <message>
        <source>Texts too long for the one page, shortened (they end with “…”): %1.</source>
        <translation>Textes trop longs pour tenir sur la page, raccourcis (ils se terminent par «&#xa0;…&#xa0;»)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 character(s) of a script the note&apos;s fonts lack (Korean, Devanagari, Thai…) print as empty boxes: write that name in Latin letters too.</source>
        <translation>%1 caractère(s) d&apos;une écriture que les polices de la note n&apos;ont pas (coréen, devanagari, thaï…) s&apos;impriment comme des cases vides : écrivez ce nom aussi en lettres latines.</translation>
    </message>
    <message>
        <source>Your own name and phone number are not filled in: the note cannot say how to reach you.</source>
        <translation>Votre nom et votre numéro de téléphone ne sont pas renseignés : la note ne peut pas dire comment vous joindre.</translation>
    </message>
    <message>
        <source>Save the fridge note</source>
        <translation>Enregistrer la note pour le frigo</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Relais is locked</source>
        <translation>Relais est verrouillé</translation>
    </message>
    <message>
        <source>Nothing of the register is shown or kept in memory while Relais is locked. Type your passphrase to continue where you left off.</source>
        <translation>Tant que Relais est verrouillé, rien du registre n&apos;est affiché ni gardé en mémoire. Tapez votre phrase de passe pour reprendre là où vous en étiez.</translation>
    </message>
</context>
<context>
    <name>LogRows</name>
    <message>
        <source>Task of line %1</source>
        <translation>Tâche de la ligne %1</translation>
    </message>
    <message>
        <source>Duration of line %1</source>
        <translation>Durée de la ligne %1</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Retirer la ligne %1</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Retirer cette ligne</translation>
    </message>
    <message>
        <source>Choose a task from the list.</source>
        <translation>Choisissez une tâche de la liste.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>À contacter</translation>
    </message>
    <message>
        <source>The people to contact (check-ins due or overdue) will be listed here.</source>
        <translation>Les personnes à contacter (contacts prévus ou en retard) apparaîtront ici.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Relais — %1</source>
        <translation>Relais — %1</translation>
    </message>
    <message>
        <source>New situation</source>
        <translation>Nouvelle situation</translation>
    </message>
    <message>
        <source>The person and everything linked to them were erased.</source>
        <translation>La personne et tout ce qui la concerne ont été effacés.</translation>
    </message>
    <message>
        <source>Relais — locked</source>
        <translation>Relais — verrouillé</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>When Relais locked, these situations had changes that could not be saved (a field was not valid): %1. Please enter them again.</source>
        <translation>Au moment du verrouillage, ces situations avaient des modifications qui n&apos;ont pas pu être enregistrées (un champ n&apos;était pas valide)&#xa0;: %1. Veuillez les encoder à nouveau.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <source>About Relais</source>
        <translation>À propos de Relais</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relais&lt;/b&gt; — the private, encrypted register of the proximity referent.&lt;/p&gt;&lt;p&gt;Free software (GPL-3.0-or-later), made for the BOOST integrated-care pilot in Brussels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relais&lt;/b&gt; — le registre personnel et chiffré du référent de proximité.&lt;/p&gt;&lt;p&gt;Logiciel libre (GPL-3.0 ou ultérieure), conçu pour le projet pilote de soins intégrés BOOST à Bruxelles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New situation</source>
        <translation>&amp;Nouvelle situation</translation>
    </message>
    <message>
        <source>&amp;Open the selected situation</source>
        <translation>&amp;Ouvrir la situation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Re&amp;gistre</translation>
    </message>
    <message>
        <source>&amp;To contact</source>
        <translation>À &amp;contacter</translation>
    </message>
    <message>
        <source>&amp;Search the register</source>
        <translation>Rec&amp;hercher dans le registre</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Close the situation</source>
        <translation>&amp;Fermer la situation</translation>
    </message>
    <message>
        <source>Resource &amp;directory</source>
        <translation>Répertoire des resso&amp;urces</translation>
    </message>
    <message>
        <source>Log &amp;time…</source>
        <translation>Noter du &amp;temps…</translation>
    </message>
    <message>
        <source>Re&amp;mind me…</source>
        <translation>Me le ra&amp;ppeler…</translation>
    </message>
    <message>
        <source>Start or stop the desk time&amp;r</source>
        <translation>Démarrer ou arrêter le &amp;chronomètre</translation>
    </message>
    <message>
        <source>Export follow-ups to &amp;calendar…</source>
        <translation>Exporter les suivis vers l&apos;&amp;agenda…</translation>
    </message>
    <message>
        <source>Restore a bac&amp;kup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>&amp;Import a personal export (JSON)…</source>
        <translation>&amp;Importer un export personnel (JSON)…</translation>
    </message>
    <message>
        <source>T&amp;ime spent</source>
        <translation>&amp;Temps passé</translation>
    </message>
    <message>
        <source>Cd&amp;P sessions</source>
        <translation>Séances de Cd&amp;P</translation>
    </message>
    <message>
        <source>&amp;Shortages of resources</source>
        <translation>Pé&amp;nuries de ressources</translation>
    </message>
    <message>
        <source>&amp;Invisible work report</source>
        <translation>Rapport du travail &amp;invisible</translation>
    </message>
    <message>
        <source>CdP &amp;moderator: merge bundles…</source>
        <translation>&amp;Modérateur de CdP : fusionner des dossiers…</translation>
    </message>
    <message>
        <source>&amp;Export log</source>
        <translation>&amp;Journal des exports</translation>
    </message>
    <message>
        <source>Priorities by &amp;theme…</source>
        <translation>Priorités par &amp;thème…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Relais</source>
        <translation>À &amp;propos de Relais</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Outi&amp;ls</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Save the situation, the dialogue, the CdP session or the resource</source>
        <translation>Enregistrer la situation, le dialogue, la séance CdP ou la ressource</translation>
    </message>
    <message>
        <source>Change the status of the selected mobilisation</source>
        <translation>Changer le statut de la mobilisation sélectionnée</translation>
    </message>
    <message>
        <source>Save the time logged (in the time log)</source>
        <translation>Enregistrer le temps noté (dans la saisie du temps)</translation>
    </message>
    <message>
        <source>Show the situation&apos;s tab 1, 2…</source>
        <translation>Afficher l&apos;onglet 1, 2… de la situation</translation>
    </message>
    <message>
        <source>Documents (in a situation)</source>
        <translation>Documents (dans une situation)</translation>
    </message>
    <message>
        <source>Fridge note (in a situation)</source>
        <translation>Note pour le frigo (dans une situation)</translation>
    </message>
    <message>
        <source>Note to the GP (in a situation)</source>
        <translation>Note au médecin traitant (dans une situation)</translation>
    </message>
    <message>
        <source>Conversation mode (in the dialogue tab)</source>
        <translation>Mode conversation (dans l’onglet Dialogue)</translation>
    </message>
    <message>
        <source>Leave conversation mode (the referent)</source>
        <translation>Quitter le mode conversation (le référent)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Select or open a situation first.</source>
        <translation>Sélectionnez ou ouvrez d&apos;abord une situation.</translation>
    </message>
    <message>
        <source>Priorities by theme</source>
        <translation>Priorités par thème</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. Choose another one in the preferences.</source>
        <translation>Le dossier de sauvegarde %1 ne peut pas être créé. Choisissez-en un autre dans les préférences.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Sauvegarde enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Network member</source>
        <translation>Membre du réseau</translation>
    </message>
    <message>
        <source>Edit network member</source>
        <translation>Modifier un membre du réseau</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>MobilisationDialog</name>
    <message>
        <source>Add a mobilisation</source>
        <translation>Ajouter une mobilisation</translation>
    </message>
    <message>
        <source>Edit the mobilisation</source>
        <translation>Modifier la mobilisation</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Aucune priorité</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource :</translation>
    </message>
    <message>
        <source>For the &amp;priority:</source>
        <translation>Pour la &amp;priorité :</translation>
    </message>
    <message>
        <source>&amp;Who mobilises:</source>
        <translation>&amp;Qui mobilise :</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Comment :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>R&amp;aison :</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>Commencée &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>MobilisationStatusDialog</name>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>R&amp;aison :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>“%1” — now: %2, since %3</source>
        <translation>« %1 » — actuellement : %2, depuis le %3</translation>
    </message>
</context>
<context>
    <name>MobilisationTab</name>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Who mobilises</source>
        <translation>Qui mobilise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>For the priority</source>
        <translation>Pour la priorité</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>&amp;Add a mobilisation…</source>
        <translation>&amp;Ajouter une mobilisation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the stat&amp;us…</source>
        <translation>Changer le s&amp;tatut…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Lo&amp;g time…</source>
        <translation>&amp;Noter du temps…</translation>
    </message>
    <message>
        <source>Time spent on this mobilisation: calls, mails, paperwork…</source>
        <translation>Temps passé pour cette mobilisation : appels, mails, démarches…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Pénurie</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Sans suite</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>&amp;Mobilised resources</source>
        <translation>&amp;Ressources mobilisées</translation>
    </message>
    <message>
        <source>H&amp;istory of its statuses</source>
        <translation>Histori&amp;que de ses statuts</translation>
    </message>
    <message>
        <source>Who &amp;carries what: doing, or getting it done</source>
        <translation>Qui p&amp;orte quoi : faire ou faire-faire</translation>
    </message>
    <message>
        <source>Each action is saved at once.</source>
        <translation>Chaque action est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>%1 (not in the directory)</source>
        <translation>%1 (hors répertoire)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No mobilisation yet.</source>
        <translation>Pas encore de mobilisation.</translation>
    </message>
    <message>
        <source>You carry %1 of the %2 mobilisations yourself (%3 %); the person, their relatives or other professionals carry %4.</source>
        <translation>Vous portez vous-même %1 des %2 mobilisations (%3 %) ; la personne, ses proches ou d&apos;autres professionnels en portent %4.</translation>
    </message>
    <message>
        <source>Delete the mobilisation of “%1” and the history of its statuses?</source>
        <translation>Supprimer la mobilisation de « %1 » et l&apos;historique de ses statuts ?</translation>
    </message>
    <message>
        <source>The time spent on it stays in your time entries.</source>
        <translation>Le temps qui y a été consacré reste dans vos temps.</translation>
    </message>
    <message>
        <source>Delete the mobilisation</source>
        <translation>Supprimer la mobilisation</translation>
    </message>
</context>
<context>
    <name>Moderator</name>
    <message>
        <source>the same bundle as “%1”, already read (counted once)</source>
        <translation>même dossier que « %1 », déjà lu (compté une fois)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>fichier illisible</translation>
    </message>
    <message>
        <source>the file is too large for a Relais bundle</source>
        <translation>fichier trop volumineux pour un dossier Relais</translation>
    </message>
    <message>
        <source>the file is truncated (incomplete JSON)</source>
        <translation>fichier tronqué (JSON incomplet)</translation>
    </message>
    <message>
        <source>not a JSON file</source>
        <translation>ce n&apos;est pas un fichier JSON</translation>
    </message>
    <message>
        <source>not a Relais bundle (CdP or invisible work)</source>
        <translation>ce n&apos;est pas un dossier Relais (CdP ou travail invisible)</translation>
    </message>
    <message>
        <source>a bundle version this Relais does not know</source>
        <translation>version de dossier inconnue de ce Relais</translation>
    </message>
    <message>
        <source>does not follow the bundle&apos;s schema</source>
        <translation>ne respecte pas le schéma du dossier</translation>
    </message>
    <message>
        <source>holds what looks like personal data</source>
        <translation>contient ce qui ressemble à une donnée personnelle</translation>
    </message>
    <message>
        <source>the same bundle as a file already read (counted once)</source>
        <translation>même dossier qu&apos;un fichier déjà lu (compté une fois)</translation>
    </message>
</context>
<context>
    <name>ModeratorPage</name>
    <message>
        <source>&amp;Open a folder of bundles…</source>
        <translation>Ou&amp;vrir un dossier de fichiers…</translation>
    </message>
    <message>
        <source>No folder opened yet.</source>
        <translation>Aucun dossier ouvert pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nœuds by number of referents</source>
        <translation>Nœuds par nombre de référents</translation>
    </message>
    <message>
        <source>Invisible work by task</source>
        <translation>Travail invisible par tâche</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Fic&amp;hiers</translation>
    </message>
    <message>
        <source>&amp;Nœuds</source>
        <translation>&amp;Nœuds</translation>
    </message>
    <message>
        <source>&amp;Shortages</source>
        <translation>Pén&amp;uries</translation>
    </message>
    <message>
        <source>Fo&amp;ur points</source>
        <translation>&amp;Quatre points</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Folder of bundles to merge</source>
        <translation>Dossier des fichiers à fusionner</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the synthesis</source>
        <translation>Exporter la synthèse</translation>
    </message>
    <message>
        <source>%1 CdP bundles and %2 invisible-work bundles merged, %3 files refused: %4 referents, %5 sessions, %6 situations. Counts under 5 are shown as « &lt; 5 ».</source>
        <translation>%1 dossiers de séance et %2 dossiers de travail invisible fusionnés (fichiers refusés&#xa0;: %3)&#xa0;: %4 référents, %5 séances, %6 situations. Les nombres inférieurs à 5 sont affichés «&#xa0;&lt;&#xa0;5&#xa0;».</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pr&amp;iorities</source>
        <translation>Priori&amp;tés</translation>
    </message>
    <message>
        <source>Outcom&amp;es</source>
        <translation>&amp;Issues</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>Te&amp;mps</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>Referents</source>
        <translation>Référents</translation>
    </message>
    <message>
        <source>Nothing could be merged: this folder holds no .json file.</source>
        <translation>Rien n&apos;a pu être fusionné : ce dossier ne contient aucun fichier .json.</translation>
    </message>
    <message>
        <source>Nothing could be merged: all %1 files of this folder were refused (see Files).</source>
        <translation>Rien n&apos;a pu être fusionné : les %1 fichiers de ce dossier ont tous été refusés (voir Fichiers).</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>No session of these bundles wrote its four points (positive, difficulty, new, solution).</source>
        <translation>Aucune séance de ces dossiers n&apos;a noté ses quatre points (positif, difficulté, nouveau, solution).</translation>
    </message>
    <message>
        <source>No CdP session bundle was merged: nothing to show here.</source>
        <translation>Aucun dossier de séance de CdP n&apos;a été fusionné : rien à montrer ici.</translation>
    </message>
    <message>
        <source>read and merged</source>
        <translation>lus et fusionnés</translation>
    </message>
    <message>
        <source>%1 CdP bundles</source>
        <translation>%1 dossiers de séance de CdP</translation>
    </message>
    <message>
        <source>%1 invisible-work bundles</source>
        <translation>%1 dossiers de travail invisible</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Nœud</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>No session of these bundles named a nœud.</source>
        <translation>Aucune séance de ces dossiers n&apos;a nommé de nœud.</translation>
    </message>
    <message>
        <source>Every nœud was raised by fewer than %1 referents: counts show as « &lt; %1 ».</source>
        <translation>Chaque nœud a été soulevé par moins de %1 référents : les nombres s&apos;affichent « &lt; %1 ».</translation>
    </message>
    <message>
        <source>%1 of work reported by %2 referents, %3 % of it invisible.</source>
        <translation>%1 de travail déclarées par %2 référents, dont %3&#xa0;% de travail invisible.</translation>
    </message>
    <message>
        <source>Invisible share per referent: median %1 %, half of them between %2 % and %3 %.</source>
        <translation>Part invisible par référent&#xa0;: médiane %1&#xa0;%, la moitié des référents entre %2&#xa0;% et %3&#xa0;%.</translation>
    </message>
    <message>
        <source>No invisible-work bundle in this folder.</source>
        <translation>Aucun dossier de travail invisible dans ce dossier.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Invisible</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>The folder could not be merged: %1</source>
        <translation>Le dossier n&apos;a pas pu être fusionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>Le fichier n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file was not written (%1).</source>
        <translation>Le fichier n&apos;a pas été écrit (%1).</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Membres du réseau</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Changes to the network are saved as soon as you confirm them.</source>
        <translation>Les changements du réseau sont enregistrés dès que vous les confirmez.</translation>
    </message>
    <message>
        <source>Save the person first; then you can add their network.</source>
        <translation>Enregistrez d&apos;abord la personne&#xa0;; vous pourrez ensuite ajouter son réseau.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Remove from the network</source>
        <translation>Retirer du réseau</translation>
    </message>
    <message>
        <source>Remove %1 from the person&apos;s network?</source>
        <translation>Retirer %1 du réseau de la personne&#xa0;?</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>PassphraseAdvice</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Des mots peu courants, c&apos;est mieux.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les suites de touches alignées sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs courts sur le clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme «&#xa0;abcabcabc&#xa0;» sont à peine plus difficiles à deviner que «&#xa0;abc&#xa0;».</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe très utilisé.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et noms seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et noms courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Strength: very weak</source>
        <translation>Solidité&#xa0;: très faible</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Solidité&#xa0;: faible</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Solidité&#xa0;: moyenne</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Solidité&#xa0;: bonne</translation>
    </message>
    <message>
        <source>Strength: excellent</source>
        <translation>Solidité&#xa0;: excellente</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>Afficher ou masquer ce que vous tapez</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Confirm the passphrase</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase de passe.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. %1</source>
        <translation>Cette phrase de passe est trop facile à deviner. %1</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase de passe</translation>
    </message>
    <message>
        <source>You will type it each time you open Relais. A short sentence of four or five unusual words is easy to remember and hard to guess.</source>
        <translation>Vous la taperez à chaque ouverture de Relais. Une courte phrase de quatre ou cinq mots inhabituels est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>&amp;Create the register</source>
        <translation>Créer le &amp;registre</translation>
    </message>
    <message>
        <source>Nobody, not even the Relais team, can recover a forgotten passphrase: the next page gives you a recovery code for that day.</source>
        <translation>Personne, pas même l&apos;équipe de Relais, ne peut retrouver une phrase de passe oubliée&#xa0;: la page suivante vous donne un code de récupération pour ce jour-là.</translation>
    </message>
    <message>
        <source>Creating your encrypted register… (a second or two)</source>
        <translation>Création de votre registre chiffré… (une ou deux secondes)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation>Aperçu — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>Backing up, then erasing…</source>
        <translation>Sauvegarde, puis effacement…</translation>
    </message>
    <message>
        <source>Nothing was erased: the backup could not be made.</source>
        <translation>Rien n&apos;a été effacé&#xa0;: la sauvegarde n&apos;a pas pu être faite.</translation>
    </message>
    <message>
        <source>%1 backup(s) made before this erasure still hold this person, the oldest from %2. Relais keeps the last %3 backups made before an erasure, an import or a restore, and daily backups for 7 days, then one a week for 4 weeks and one a month for 12 months: these disappear only as they are rotated out.

Delete them now? The backup made just before the erasure is among them: without it the erasure cannot be undone.</source>
        <translation>%1 sauvegarde(s) faite(s) avant cet effacement contiennent encore cette personne, la plus ancienne du %2. Relais garde les %3 dernières sauvegardes faites avant un effacement, un import ou une restauration, et les sauvegardes quotidiennes 7 jours, puis une par semaine pendant 4 semaines et une par mois pendant 12 mois : celles-ci ne disparaissent qu&apos;au fil de ce renouvellement.

Les supprimer maintenant ? La sauvegarde faite juste avant l&apos;effacement en fait partie : sans elle, l&apos;effacement ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>%1 has been erased from the register.</source>
        <translation>%1 a été effacé·e du registre.</translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network member(s)</source>
        <translation>
            <numerusform>%n membre du réseau</numerusform>
            <numerusform>%n membres du réseau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time entry(ies)</source>
        <translation>
            <numerusform>%n temps encodé</numerusform>
            <numerusform>%n temps encodés</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup made just before: %1</source>
        <translation>Sauvegarde faite juste avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. 1948</source>
        <translation>p. ex. 1948</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>&amp;Année de naissance</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other (X)</source>
        <translation>Autre (X)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <source>e.g. French, Arabic</source>
        <translation>p. ex. français, arabe</translation>
    </message>
    <message>
        <source>Lan&amp;guages spoken</source>
        <translation>Langues parl&amp;ées</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>Comm&amp;une</source>
        <translation>C&amp;ommune</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.be</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything useful to know about the person (for your eyes only).</source>
        <translation>Tout ce qui est utile à savoir sur la personne (pour vous seul·e).</translation>
    </message>
    <message>
        <source>Notes about the person</source>
        <translation>Notes sur la personne</translation>
    </message>
    <message>
        <source>The birth year must be a number, e.g. 1948.</source>
        <translation>L&apos;année de naissance doit être un nombre, p. ex. 1948.</translation>
    </message>
    <message>
        <source>about %1 years old</source>
        <translation>environ %1 ans</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Is the person already in your register?</source>
        <translation>La personne est-elle déjà dans votre registre&#xa0;?</translation>
    </message>
    <message>
        <source>Type a name, a phone number or an e-mail…</source>
        <translation>Tapez un nom, un numéro de téléphone ou un e-mail…</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Search a person</source>
        <translation>Rechercher une personne</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Use &amp;this person</source>
        <translation>Choisir &amp;cette personne</translation>
    </message>
    <message>
        <source>Or simply fill in the form below to create a new person.</source>
        <translation>Ou remplissez simplement le formulaire ci-dessous pour créer une nouvelle personne.</translation>
    </message>
    <message>
        <source>Change &amp;person</source>
        <translation>Changer de &amp;personne</translation>
    </message>
    <message>
        <source>%1 found. Choose one, or fill in the form below for someone new.</source>
        <translation>Résultats&#xa0;: %1. Choisissez une personne, ou remplissez le formulaire ci-dessous pour quelqu&apos;un de nouveau.</translation>
    </message>
    <message>
        <source>No one matches: fill in the form below to create a new person.</source>
        <translation>Personne ne correspond&#xa0;: remplissez le formulaire ci-dessous pour créer une nouvelle personne.</translation>
    </message>
    <message>
        <source>New situation for %1, already in your register. Changes to the identity below update their record.</source>
        <translation>Nouvelle situation pour %1, déjà dans votre registre. Les changements d&apos;identité ci-dessous mettent sa fiche à jour.</translation>
    </message>
</context>
<context>
    <name>PreparingPage</name>
    <message>
        <source>Preparing the anonymised texts… The language model can take a few seconds to load.</source>
        <translation>Préparation des textes anonymisés… Le modèle de langue peut mettre quelques secondes à se charger.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>The canvases cannot be prepared: %1</source>
        <translation>Les canevas ne peuvent pas être préparés : %1</translation>
    </message>
    <message>
        <source>The canvases could not be prepared (an unexpected error). Nothing was exported.</source>
        <translation>Les canevas n&apos;ont pas pu être préparés (erreur inattendue). Rien n&apos;a été exporté.</translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <source>Priorities, by rank</source>
        <translation>Priorités, par rang</translation>
    </message>
    <message>
        <source>In the person&apos;s words</source>
        <translation>Dans les mots de la personne</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>Chan&amp;ge the status…</source>
        <translation>Ch&amp;anger le statut…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>&amp;Keep the words</source>
        <translation>En&amp;registrer les mots</translation>
    </message>
    <message>
        <source>A new priority, in the person&apos;s words…</source>
        <translation>Une nouvelle priorité, dans les mots de la personne…</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>This priority was changed elsewhere while you were editing it. Keep your version? (No takes the other version.)</source>
        <translation>Cette priorité a été modifiée ailleurs pendant que vous la modifiiez. Garder votre version ? (Non reprend l’autre version.)</translation>
    </message>
    <message>
        <source>Theme of the new priority</source>
        <translation>Thème de la nouvelle priorité</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Your notes on this priority (what was tried, who to call…)</source>
        <translation>Vos notes sur cette priorité (ce qui a été tenté, qui appeler…)</translation>
    </message>
    <message>
        <source>Re&amp;cord the notes</source>
        <translation>E&amp;nregistrer les notes</translation>
    </message>
    <message>
        <source>Statuses over time</source>
        <translation>Statuts au fil du temps</translation>
    </message>
    <message>
        <source>N&amp;ew:</source>
        <translation>Nou&amp;velle&#xa0;:</translation>
    </message>
    <message>
        <source>Priorities, &amp;by rank</source>
        <translation>Priorit&amp;és, par rang</translation>
    </message>
    <message>
        <source>E&amp;xact words:</source>
        <translation>M&amp;ots&#xa0;:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Selected priority</source>
        <translation>Priorité sélectionnée</translation>
    </message>
    <message>
        <source>H&amp;istory of its statuses</source>
        <translation>Histori&amp;que de ses statuts</translation>
    </message>
    <message>
        <source>%1 priorities are active. The guide advises staying with 2 or 3 priorities: perhaps one of them can be set as “parked” (at least it has been said; the person can come back to it).</source>
        <translation>%1 priorités sont actives. Le guide conseille de rester sur 2 ou 3 priorités&#xa0;: l&apos;une d&apos;elles peut peut-être passer en «&#xa0;déposée&#xa0;» (au moins c&apos;est déposé&#xa0;; la personne pourra y revenir).</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Delete the priority</source>
        <translation>Supprimer la priorité</translation>
    </message>
    <message>
        <source>Delete “%1” and the history of its statuses?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et l&apos;historique de ses statuts&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PriorityOverview</name>
    <message>
        <source>Priorities by theme and status</source>
        <translation>Priorités par thème et par statut</translation>
    </message>
    <message>
        <source>No priority in the register yet.</source>
        <translation>Pas encore de priorité dans le registre.</translation>
    </message>
    <message>
        <source>&amp;Load a card deck…</source>
        <translation>&amp;Charger un jeu de cartes…</translation>
    </message>
    <message>
        <source>&amp;Back to the default deck</source>
        <translation>&amp;Revenir au jeu par défaut</translation>
    </message>
    <message>
        <source>&amp;Priorities by theme and status</source>
        <translation>&amp;Priorités par thème et par statut</translation>
    </message>
    <message>
        <source>For your own reflection: the priorities of every situation in the register, counted by theme card and by current status.</source>
        <translation>Pour votre propre réflexion&#xa0;: les priorités de toutes les situations du registre, comptées par carte thème et par statut actuel.</translation>
    </message>
    <message>
        <source>Card deck</source>
        <translation>Jeu de cartes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>a deck loaded from a file</source>
        <translation>un jeu chargé depuis un fichier</translation>
    </message>
    <message>
        <source>the default deck</source>
        <translation>le jeu par défaut</translation>
    </message>
    <message>
        <source>In use: %1 (%2).</source>
        <translation>En usage&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Load a card deck</source>
        <translation>Charger un jeu de cartes</translation>
    </message>
    <message>
        <source>Card decks (*.json);;All files (*)</source>
        <translation>Jeux de cartes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This deck was not loaded: %1 The current deck stays.</source>
        <translation>Ce jeu n&apos;a pas été chargé&#xa0;: %1 Le jeu actuel reste en usage.</translation>
    </message>
    <message>
        <source>Deck “%1” loaded (cards: %2).</source>
        <translation>Jeu «&#xa0;%1&#xa0;» chargé (cartes&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Back to the default deck.</source>
        <translation>Retour au jeu par défaut.</translation>
    </message>
</context>
<context>
    <name>PriorityRows</name>
    <message>
        <source>Add a &amp;blank line</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>In the person&apos;s words…</source>
        <translation>Dans les mots de la personne…</translation>
    </message>
    <message>
        <source>Priority %1, in the person&apos;s words</source>
        <translation>Priorité %1, dans les mots de la personne</translation>
    </message>
    <message>
        <source>Theme of priority %1</source>
        <translation>Thème de la priorité %1</translation>
    </message>
    <message>
        <source>Line %1: write the person&apos;s words, or choose “No theme”.</source>
        <translation>Ligne %1&#xa0;: écrivez les mots de la personne, ou choisissez «&#xa0;Sans thème&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log time</source>
        <translation>Noter le temps</translation>
    </message>
    <message>
        <source>Date of the work</source>
        <translation>Date du travail</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a line (Enter in the last duration)</source>
        <translation>Ajouter une ligne (Entrée dans la dernière durée)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Saved with the first line.</source>
        <translation>Enregistrée avec la première ligne.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Next check-in</source>
        <translation>&amp;Prochain contact</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain contact</translation>
    </message>
    <message>
        <source>+1 &amp;week</source>
        <translation>+1 semai&amp;ne</translation>
    </message>
    <message>
        <source>+2 wee&amp;ks</source>
        <translation>+2 sema&amp;ines</translation>
    </message>
    <message>
        <source>+1 &amp;month</source>
        <translation>+1 &amp;mois</translation>
    </message>
    <message>
        <source>In one week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Dans deux semaines</translation>
    </message>
    <message>
        <source>In one month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <source>S&amp;ituation:</source>
        <translation>&amp;Situation :</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation :</translation>
    </message>
    <message>
        <source>For the mobilisation:</source>
        <translation>Pour la mobilisation :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Time spent</source>
        <translation>&amp;Temps passé</translation>
    </message>
    <message>
        <source>Enter: next line · Ctrl+Enter: save</source>
        <translation>Entrée : ligne suivante · Ctrl+Entrée : enregistrer</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>No single situation matches: choose one from the list, or leave it empty.</source>
        <translation>Aucune situation ne correspond de façon certaine : choisissez-la dans la liste, ou laissez vide.</translation>
    </message>
    <message>
        <source>Close without saving the time typed?</source>
        <translation>Fermer sans enregistrer le temps saisi ?</translation>
    </message>
    <message numerus="yes">
        <source>Time saved: %n line(s), %1.</source>
        <translation>
            <numerusform>Temps enregistré : %n ligne, %1.</numerusform>
            <numerusform>Temps enregistré : %n lignes, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open your register. It is shown only now.</source>
        <translation>Si vous oubliez votre phrase de passe, ce code est le seul moyen d&apos;ouvrir votre registre. Il n&apos;est affiché que maintenant.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery code and will keep it somewhere safe</source>
        <translation>J&apos;ai &amp;noté le code de récupération et je le garde en lieu sûr</translation>
    </message>
    <message>
        <source>Write it on paper or print it, and keep it away from the computer. A PDF kept on this computer does not help if the computer is lost: print it, or copy it to a USB stick kept elsewhere.</source>
        <translation>Écrivez-le sur papier ou imprimez-le, et gardez-le loin de l&apos;ordinateur. Un PDF gardé sur cet ordinateur ne sert à rien si l&apos;ordinateur est perdu&#xa0;: imprimez-le, ou copiez-le sur une clé USB rangée ailleurs.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>Le code de récupération a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>Enregistrer le code de récupération en PDF</translation>
    </message>
    <message>
        <source>Relais recovery code.pdf</source>
        <translation>Code de récupération Relais.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another place.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré à cet endroit. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Relais — recovery code</source>
        <translation>Relais — code de récupération</translation>
    </message>
    <message>
        <source>Register created on %1, in the folder %2.</source>
        <translation>Registre créé le %1, dans le dossier %2.</translation>
    </message>
    <message>
        <source>This code opens your register if you forget your passphrase. It is shown only once and cannot be recovered.</source>
        <translation>Ce code ouvre votre registre si vous oubliez votre phrase de passe. Il n&apos;est affiché qu&apos;une seule fois et ne peut pas être retrouvé.</translation>
    </message>
    <message>
        <source>Keep this sheet somewhere safe, away from the computer (with your important papers). Anyone who has both this code and the register can read it.</source>
        <translation>Gardez cette feuille en lieu sûr, loin de l&apos;ordinateur (avec vos papiers importants). Quiconque a à la fois ce code et le registre peut le lire.</translation>
    </message>
    <message>
        <source>To use it: in the unlock window, choose “Use the recovery code instead”. Capitals, spaces and dashes do not matter.</source>
        <translation>Pour l&apos;utiliser&#xa0;: dans la fenêtre de déverrouillage, choisissez «&#xa0;Utiliser plutôt le code de récupération&#xa0;». Majuscules, espaces et tirets n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
</context>
<context>
    <name>ReferentContactDialog</name>
    <message>
        <source>Your contact on the documents</source>
        <translation>Vos coordonnées sur les documents</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>The handover sheet tells the next professional how to reach you.</source>
        <translation>La fiche de relais indique au professionnel suivant comment vous joindre.</translation>
    </message>
</context>
<context>
    <name>ReferentPanel</name>
    <message>
        <source>Leave conversation mode? “Save and leave” records the chosen cards and the person&apos;s words as a dialogue session with up to three proposed priorities, to review in the dialogue tab.</source>
        <translation>Quitter le mode conversation&#xa0;? «&#xa0;Enregistrer et quitter&#xa0;» enregistre les cartes choisies et les mots de la personne comme une séance de dialogue, avec jusqu’à trois priorités proposées, à relire dans l’onglet Dialogue.</translation>
    </message>
    <message>
        <source>Save and leave</source>
        <translation>Enregistrer et quitter</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Retour à la conversation</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen card(s) and the person&apos;s words will not be recorded. Press again to leave without saving.</source>
        <translation>
            <numerusform>%n carte choisie et les mots de la personne ne seront pas enregistrés. Appuyez encore pour quitter sans enregistrer.</numerusform>
            <numerusform>%n cartes choisies et les mots de la personne ne seront pas enregistrés. Appuyez encore pour quitter sans enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave and lose the chosen cards</source>
        <translation>Quitter et perdre les cartes choisies</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Main vulnerabilities</source>
        <translation>Vulnérabilités principales</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Prochain contact</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Name, pseudonym or a word of the story…</source>
        <translation>Nom, pseudonyme ou un mot du récit…</translation>
    </message>
    <message>
        <source>Search situations</source>
        <translation>Rechercher des situations</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>All vulnerabilities</source>
        <translation>Toutes les vulnérabilités</translation>
    </message>
    <message>
        <source>Vulnerability filter</source>
        <translation>Filtre par vulnérabilité</translation>
    </message>
    <message>
        <source>All pathologies</source>
        <translation>Toutes les pathologies</translation>
    </message>
    <message>
        <source>Pathology filter</source>
        <translation>Filtre par pathologie</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Eff&amp;acer les filtres</translation>
    </message>
    <message>
        <source>Number of situations</source>
        <translation>Nombre de situations</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>V&amp;ulnerability:</source>
        <translation>V&amp;ulnérabilité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pathology:</source>
        <translation>&amp;Pathologie&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n situation(s)</source>
        <translation>
            <numerusform>%1 sur %n situation</numerusform>
            <numerusform>%1 sur %n situations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
    <message>
        <source>No situation matches this search. Clear the filters to see them all.</source>
        <translation>Aucune situation ne correspond à cette recherche. Effacez les filtres pour les voir toutes.</translation>
    </message>
    <message>
        <source>No situation yet. Create the first one with “New situation” (Ctrl+N).</source>
        <translation>Pas encore de situation. Créez la première avec «&#xa0;Nouvelle situation&#xa0;» (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>RelaisApplication</name>
    <message>
        <source>Open an existing register</source>
        <translation>Ouvrir un registre existant</translation>
    </message>
    <message>
        <source>Relais could not show the register (%1).</source>
        <translation>Relais n&apos;a pas pu afficher le registre (%1).</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Remind me — %1</source>
        <translation>Me le rappeler — %1</translation>
    </message>
    <message>
        <source>Date of the reminder</source>
        <translation>Date du rappel</translation>
    </message>
    <message>
        <source>What to do, whom to call (optional)</source>
        <translation>Quoi faire, qui appeler (facultatif)</translation>
    </message>
    <message>
        <source>Note of the reminder</source>
        <translation>Note du rappel</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>It will appear in “To contact” on that day, with its note.</source>
        <translation>Il apparaîtra dans « À contacter » ce jour-là, avec sa note.</translation>
    </message>
    <message>
        <source>Reminder set for %1.</source>
        <translation>Rappel prévu le %1.</translation>
    </message>
</context>
<context>
    <name>ResourceBrowser</name>
    <message>
        <source>Name, commune, conditions or a word of the notes…</source>
        <translation>Nom, commune, conditions ou un mot des notes…</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Rechercher dans le répertoire</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toute commune</translation>
    </message>
    <message>
        <source>Commune filter</source>
        <translation>Filtre par commune</translation>
    </message>
    <message>
        <source>Not checked for 12 &amp;months</source>
        <translation>Non &amp;vérifiées depuis 12 mois</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Nombre de fiches</translation>
    </message>
    <message>
        <source>Resource directory</source>
        <translation>Répertoire des ressources</translation>
    </message>
    <message>
        <source>&amp;Quick search:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Fiches : %1</translation>
    </message>
    <message>
        <source>to check: %1</source>
        <translation>à vérifier : %1</translation>
    </message>
</context>
<context>
    <name>ResourceDirectory</name>
    <message>
        <source>Export the selected entries (no person data)</source>
        <translation>Exporter les fiches sélectionnées (aucune donnée de personne)</translation>
    </message>
    <message>
        <source>Relais resource files (*.json);;All files (*)</source>
        <translation>Fichiers de ressources Relais (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s resource file</source>
        <translation>Importer le fichier de ressources d&apos;un collègue</translation>
    </message>
    <message>
        <source>Resource directory</source>
        <translation>Répertoire des ressources</translation>
    </message>
    <message>
        <source>New reso&amp;urce</source>
        <translation>No&amp;uvelle ressource</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>E&amp;xporter la sélection…</translation>
    </message>
    <message>
        <source>Writes the selected entries to a file for a colleague. It holds no person data.</source>
        <translation>Écrit les fiches sélectionnées dans un fichier pour un collègue. Il ne contient aucune donnée de personne.</translation>
    </message>
    <message>
        <source>&amp;Import a colleague&apos;s file…</source>
        <translation>Importer le fichier d&apos;un coll&amp;ègue…</translation>
    </message>
    <message>
        <source>You see what will be added or merged before anything changes.</source>
        <translation>Vous voyez ce qui sera ajouté ou fusionné avant tout changement.</translation>
    </message>
    <message>
        <source>A shared file holds directory entries only, never person data.</source>
        <translation>Un fichier partagé ne contient que des fiches du répertoire, jamais de données de personnes.</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>Supprimer « %1 » du répertoire ?</translation>
    </message>
    <message>
        <source>Mobilisations using it: %1. They will be kept, with “%2” written as text.</source>
        <translation>Mobilisations qui l&apos;utilisent : %1. Elles seront conservées, avec « %2 » écrit en texte.</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Select the entries to share first (Ctrl or Shift + click).</source>
        <translation>Sélectionnez d&apos;abord les fiches à partager (Ctrl ou Maj + clic).</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>Le fichier n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Entries written: %1, to %2.
The file holds directory entries only, no person data.</source>
        <translation>Fiches écrites : %1, dans %2.
Le fichier ne contient que des fiches du répertoire, aucune donnée de personne.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>Your notes in these entries hold person data (a person of the register, a phone, an e-mail…). It will be masked in the file (%1 items):</source>
        <translation>Vos notes dans ces fiches contiennent des données de personnes (une personne du registre, un téléphone, un e-mail…). Elles seront masquées dans le fichier (%1 éléments) :</translation>
    </message>
    <message>
        <source>Export with these masked?</source>
        <translation>Exporter avec ces éléments masqués ?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message>
        <source>Added: %1 · merged: %2 · skipped: %3.</source>
        <translation>Ajoutées : %1 · fusionnées : %2 · ignorées : %3.</translation>
    </message>
    <message>
        <source>the file could not be written or read.</source>
        <translation>le fichier n&apos;a pas pu être écrit ou lu.</translation>
    </message>
    <message>
        <source>unexpected error.</source>
        <translation>erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>&amp;Last checked on</source>
        <translation>Vérifi&amp;ée le</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Date of the last check</source>
        <translation>Date de la dernière vérification</translation>
    </message>
    <message>
        <source>Chec&amp;ked today</source>
        <translation>Vérifiée au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>You called or looked today: the entry is up to date.</source>
        <translation>Vous avez appelé ou vérifié aujourd&apos;hui : la fiche est à jour.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Commune or &amp;zone:</source>
        <translation>Co&amp;mmune ou zone :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>E-m&amp;ail:</source>
        <translation>C&amp;ourriel :</translation>
    </message>
    <message>
        <source>We&amp;b:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>Conditi&amp;ons:</source>
        <translation>Condition&amp;s :</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Coût :</translation>
    </message>
    <message>
        <source>&amp;Waiting list:</source>
        <translation>L&amp;iste d&apos;attente :</translation>
    </message>
    <message>
        <source>Learned &amp;from:</source>
        <translation>Connue &amp;par :</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Vérification :</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Remar&amp;ques :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the resource (Ctrl+S)</source>
        <translation>Enregistrer la ressource (Ctrl+S)</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Fiche : %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Never checked: call before sending someone there.</source>
        <translation>Jamais vérifiée : appelez avant d&apos;y envoyer quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Not checked for 12 months (last time: %1): call before sending someone there.</source>
        <translation>Non vérifiée depuis 12 mois (dernière fois : %1) : appelez avant d&apos;y envoyer quelqu&apos;un.</translation>
    </message>
</context>
<context>
    <name>ResourceImportDialog</name>
    <message>
        <source>Import a colleague&apos;s file</source>
        <translation>Importer le fichier d&apos;un collègue</translation>
    </message>
    <message>
        <source>Entries of the file</source>
        <translation>Fiches du fichier</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Already in your directory</source>
        <translation>Déjà dans votre répertoire</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>New entries to add: %1. Duplicates (same name and commune): %2.</source>
        <translation>Nouvelles fiches à ajouter : %1. Doublons (même nom et même commune) : %2.</translation>
    </message>
    <message>
        <source>File written on %1.</source>
        <translation>Fichier écrit le %1.</translation>
    </message>
    <message>
        <source>Choose what to do with each duplicate, then import.</source>
        <translation>Choisissez quoi faire de chaque doublon, puis importez.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>What to do with “%1”</source>
        <translation>Que faire de « %1 »</translation>
    </message>
    <message>
        <source>Merge (fill the empty fields)</source>
        <translation>Fusionner (compléter les champs vides)</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Earlier in this file (line %1)</source>
        <translation>Plus haut dans ce fichier (ligne %1)</translation>
    </message>
    <message>
        <source>All duplicates:</source>
        <translation>Tous les doublons :</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ignore&amp;r</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Merging never overwrites what you wrote: it fills the empty fields and keeps the most recent check date. Nothing is written before you press Import.</source>
        <translation>Fusionner n&apos;écrase jamais ce que vous avez écrit : cela complète les champs vides et garde la date de vérification la plus récente. Rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
</context>
<context>
    <name>ResourceModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune or area</source>
        <translation>Commune ou zone</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>never checked — to check</source>
        <translation>jamais vérifiée — à vérifier</translation>
    </message>
    <message>
        <source>%1 — to check</source>
        <translation>%1 — à vérifier</translation>
    </message>
    <message>
        <source>Not checked for 12 months: call before sending someone there.</source>
        <translation>Non vérifiée depuis 12 mois : appelez avant d&apos;y envoyer quelqu&apos;un.</translation>
    </message>
</context>
<context>
    <name>ResourcePicker</name>
    <message>
        <source>Three letters to search the directory, or any name…</source>
        <translation>Trois lettres pour chercher dans le répertoire, ou un nom libre…</translation>
    </message>
    <message>
        <source>Also save it to the &amp;directory</source>
        <translation>L&apos;enregistrer aussi dans le réper&amp;toire</translation>
    </message>
    <message>
        <source>From your directory.</source>
        <translation>De votre répertoire.</translation>
    </message>
    <message>
        <source>Not in your directory: kept as written.</source>
        <translation>Hors de votre répertoire : gardée telle qu&apos;écrite.</translation>
    </message>
    <message>
        <source>Type three letters to see the entries of your directory.</source>
        <translation>Tapez trois lettres pour voir les fiches de votre répertoire.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>A .relais-backup file</source>
        <translation>Un fichier .relais-backup</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation>Sa &amp;phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Replace the register with this backup</source>
        <translation>&amp;Remplacer le registre par cette sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Sauvegarde :</translation>
    </message>
    <message>
        <source>Relais backups (*.relais-backup)</source>
        <translation>Sauvegardes Relais (*.relais-backup)</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose a backup made by Relais (Register → Back up now, or the daily automatic backups).</source>
        <translation>Choisissez une sauvegarde faite par Relais (Registre → Sauvegarder maintenant, ou les sauvegardes automatiques quotidiennes).</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of %1%2.</source>
        <translation>Sauvegarde du %1%2.</translation>
    </message>
    <message>
        <source>Everything in the register “%1” will be replaced by this backup: what was added or changed since it was made will no longer be in the register. A safety backup of the register as it is now is made first, in %2.</source>
        <translation>Tout le contenu du registre « %1 » sera remplacé par cette sauvegarde : ce qui a été ajouté ou modifié depuis qu&apos;elle a été faite ne sera plus dans le registre. Une sauvegarde de sécurité du registre tel qu&apos;il est maintenant est faite d&apos;abord, dans %2.</translation>
    </message>
    <message>
        <source>This backup was made with another key (another register, or before a change of key): type the passphrase that opened it.</source>
        <translation>Cette sauvegarde a été faite avec une autre clé (un autre registre, ou avant un changement de clé) : tapez la phrase de passe qui l&apos;ouvrait.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup.</source>
        <translation>Tapez la phrase de passe de la sauvegarde.</translation>
    </message>
    <message>
        <source>A backup is being made: try again in a moment.</source>
        <translation>Une sauvegarde est en cours : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Backup restored. The register as it was before is kept in %1.</source>
        <translation>Sauvegarde restaurée. Le registre tel qu&apos;il était avant est gardé dans %1.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée : %1</translation>
    </message>
</context>
<context>
    <name>ReviewNavigation</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacés</translation>
    </message>
    <message>
        <source>Texts to review</source>
        <translation>Textes à relire</translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation>&amp;Textes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Structured parts</source>
        <translation>Parties structurées</translation>
    </message>
    <message>
        <source>%1 (%2 to check)</source>
        <translation>%1 (%2 à vérifier)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Other pathologies</source>
        <translation>Autres pathologies</translation>
    </message>
    <message>
        <source>Nœud, in the group&apos;s words</source>
        <translation>Nœud, dans les mots du groupe</translation>
    </message>
    <message>
        <source>One positive element</source>
        <translation>Un élément positif</translation>
    </message>
    <message>
        <source>One difficulty</source>
        <translation>Une difficulté</translation>
    </message>
    <message>
        <source>One new element</source>
        <translation>Un élément nouveau</translation>
    </message>
    <message>
        <source>One solution that emerged</source>
        <translation>Une solution ayant émergé</translation>
    </message>
    <message>
        <source>Difficulties (dialogue session %1)</source>
        <translation>Difficultés (séance de dialogue %1)</translation>
    </message>
    <message>
        <source>Added value (dialogue session %1)</source>
        <translation>Plus-value (séance de dialogue %1)</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorité %1</translation>
    </message>
    <message>
        <source>Resource %1</source>
        <translation>Ressource %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Relais starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Relais.</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Verrouiller &amp;après&#xa0;:</translation>
    </message>
    <message>
        <source>Relais locks itself after this many minutes without activity. Ctrl+L locks at once.</source>
        <translation>Relais se verrouille après ce nombre de minutes sans activité. Ctrl+L verrouille tout de suite.</translation>
    </message>
    <message>
        <source>This computer and the passphrase</source>
        <translation>Cet ordinateur et la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Remember this register on this computer</source>
        <translation>&amp;Se souvenir de ce registre sur cet ordinateur</translation>
    </message>
    <message>
        <source>Relais then opens without the passphrase while you are logged in to your session. Avoid it on a shared computer.</source>
        <translation>Relais s&apos;ouvre alors sans phrase de passe tant que vous êtes connecté·e à votre session. À éviter sur un ordinateur partagé.</translation>
    </message>
    <message>
        <source>Not available: this computer has no keyring (a secure store for keys), so Relais asks for the passphrase each time.</source>
        <translation>Pas disponible&#xa0;: cet ordinateur n&apos;a pas de trousseau de clés (un coffre sécurisé pour les clés). Relais demande donc la phrase de passe à chaque fois.</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Changer la phrase de passe…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Dossier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>“Back up now” (Ctrl+Shift+S) writes an encrypted copy there. Relais also backs up by itself at the first unlock of each day, into this folder once you have chosen one (until then into the register&apos;s own “backups” folder), and keeps 7 daily, 4 weekly and 12 monthly copies. A USB stick kept elsewhere is a good place.</source>
        <translation>« Sauvegarder maintenant » (Ctrl+Maj+S) y écrit une copie chiffrée. Relais sauvegarde aussi de lui-même au premier déverrouillage de chaque jour, dans ce dossier dès que vous l&apos;avez choisi (jusque-là dans le dossier « backups » du registre), et garde 7 copies quotidiennes, 4 hebdomadaires et 12 mensuelles. Une clé USB rangée ailleurs est un bon endroit.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase de passe changée</translation>
    </message>
    <message>
        <source>Your new passphrase is in use. Your recovery code has not changed.</source>
        <translation>Votre nouvelle phrase de passe est en service. Votre code de récupération n&apos;a pas changé.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Face to face and invisible work</source>
        <translation>En présence et travail invisible</translation>
    </message>
</context>
<context>
    <name>ShortageView</name>
    <message>
        <source>resource type</source>
        <translation>type de ressource</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par :</translation>
    </message>
    <message>
        <source>&amp;Shortages: where the mobilisations met a waiting list, a full service or a failure</source>
        <translation>&amp;Pénuries : là où les mobilisations ont rencontré une liste d&apos;attente, un service complet ou un échec</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Pénuries</translation>
    </message>
    <message>
        <source>Each mobilisation counts once in its row, but in every shortage it went through (a waiting list, then a full service): the columns can add up to more than the total.</source>
        <translation>Chaque mobilisation compte une fois dans sa ligne, mais dans chaque pénurie rencontrée (une liste d&apos;attente, puis un service complet) : les colonnes peuvent dépasser le total.</translation>
    </message>
    <message>
        <source>Time spent on mobilisations now on a waiting list, unavailable or failed: %1 (of %2 on all mobilisations).</source>
        <translation>Temps consacré aux mobilisations actuellement en liste d&apos;attente, indisponibles ou en échec : %1 (sur %2 pour toutes les mobilisations).</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Service full</source>
        <translation>Service complet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Mobilisations</source>
        <translation>Mobilisations</translation>
    </message>
    <message>
        <source>No mobilisation met a shortage in this period.</source>
        <translation>Aucune mobilisation n&apos;a rencontré de pénurie sur cette période.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not typed (free text or an entry without type)</source>
        <translation>Sans type (texte libre ou fiche sans type)</translation>
    </message>
</context>
<context>
    <name>SituationEditor</name>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>Per&amp;sonne</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>S&amp;ituation</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Résea&amp;u</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>Effacer ce&amp;tte personne…</translation>
    </message>
    <message>
        <source>Erase the person and everything linked to them (GDPR)</source>
        <translation>Effacer la personne et tout ce qui la concerne (RGPD)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Show tab %1</source>
        <translation>Afficher l&apos;onglet %1</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <source>Undo the last change outside a text field (Ctrl+Z)</source>
        <translation>Annuler la dernière modification hors d&apos;un champ de texte (Ctrl+Z)</translation>
    </message>
    <message>
        <source>New situation</source>
        <translation>Nouvelle situation</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>While you were editing this situation, some of the fields you changed were also changed elsewhere. Keep your version of these fields? (No takes the other version.)</source>
        <translation>Pendant que vous modifiiez cette situation, certains champs que vous avez changés ont aussi été modifiés ailleurs. Garder votre version de ces champs ? (Non reprend l’autre version.)</translation>
    </message>
</context>
<context>
    <name>SituationForm</name>
    <message>
        <source>The story of the situation, in your words: what the person lives, what they ask, what you noticed during the visit…</source>
        <translation>L&apos;histoire de la situation, avec vos mots&#xa0;: ce que vit la personne, ce qu&apos;elle demande, ce que vous avez remarqué pendant la visite…</translation>
    </message>
    <message>
        <source>Narrativ&amp;e (récit)</source>
        <translation>&amp;Récit</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Started &amp;on</source>
        <translation>Dé&amp;buté le</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>How the person ca&amp;me in</source>
        <translation>&amp;Origine de la demande</translation>
    </message>
    <message>
        <source>&amp;agreed on</source>
        <translation>&amp;accepté le</translation>
    </message>
    <message>
        <source>The person agrees that the situation is discussed anonymously in the community of practice (CdP)</source>
        <translation>La personne accepte que la situation soit discutée de façon anonyme en communauté de pratique (CdP)</translation>
    </message>
    <message>
        <source>Anonymous discussion in the CdP</source>
        <translation>Discussion anonyme en CdP</translation>
    </message>
    <message>
        <source>p&amp;lanned on</source>
        <translation>&amp;prévu le</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>+1 week</source>
        <translation>+1 semaine</translation>
    </message>
    <message>
        <source>In one week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>+2 weeks</source>
        <translation>+2 semaines</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Dans deux semaines</translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation>+1 mois</translation>
    </message>
    <message>
        <source>In one month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Prochain contact</translation>
    </message>
    <message>
        <source>V&amp;ulnerabilities</source>
        <translation>Vul&amp;nérabilités</translation>
    </message>
    <message>
        <source>BOOST target pathologies</source>
        <translation>Pathologies cibles BOOST</translation>
    </message>
    <message>
        <source>Other pathologies</source>
        <translation>Autres pathologies</translation>
    </message>
    <message>
        <source>Patholo&amp;gies</source>
        <translation>Pat&amp;hologies</translation>
    </message>
    <message>
        <source>Details, other conditions…</source>
        <translation>Précisions, autres affections…</translation>
    </message>
    <message>
        <source>Other pathologies, deta&amp;ils</source>
        <translation>Au&amp;tres pathologies, précisions</translation>
    </message>
    <message>
        <source>(%1 ticked)</source>
        <translation>(cochées&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>Cochées : %1</translation>
    </message>
</context>
<context>
    <name>SituationPicker</name>
    <message>
        <source>No situation (CdP, training…)</source>
        <translation>Sans situation (CdP, formation…)</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
</context>
<context>
    <name>SituationStatusBox</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Put on &amp;watch (veille)</source>
        <translation>Mettre en &amp;veille</translation>
    </message>
    <message>
        <source>No active work, but keep an eye with check-ins</source>
        <translation>Plus de travail actif, mais garder un œil par des contacts réguliers</translation>
    </message>
    <message>
        <source>&amp;Back to active accompaniment</source>
        <translation>Reprendre l&apos;acco&amp;mpagnement actif</translation>
    </message>
    <message>
        <source>Back to the active status</source>
        <translation>Revenir au statut actif</translation>
    </message>
    <message>
        <source>&amp;Close the accompaniment…</source>
        <translation>&amp;Clôturer l&apos;accompagnement…</translation>
    </message>
    <message>
        <source>Close with a reason and a date</source>
        <translation>Clôturer avec un motif et une date</translation>
    </message>
    <message>
        <source>Reopen the a&amp;ccompaniment</source>
        <translation>Réou&amp;vrir</translation>
    </message>
    <message>
        <source>Reopen this accompaniment</source>
        <translation>Rouvrir cet accompagnement</translation>
    </message>
    <message>
        <source>The status can be changed once the situation is saved.</source>
        <translation>Le statut pourra être changé une fois la situation enregistrée.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Closed on %1 — %2</source>
        <translation>Clôturée le %1 — %2</translation>
    </message>
    <message>
        <source>Accompanied since %1</source>
        <translation>Accompagnée depuis le %1</translation>
    </message>
</context>
<context>
    <name>SituationTabs</name>
    <message>
        <source>&amp;Dialogue</source>
        <translation>&amp;Dialogue</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Mobilisations</source>
        <translation>Mobilisations</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
</context>
<context>
    <name>StackedMonthChart</name>
    <message>
        <source>Hours by task and month</source>
        <translation>Heures par tâche et par mois</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” — now: %2</source>
        <translation>«&#xa0;%1&#xa0;» — maintenant&#xa0;: %2</translation>
    </message>
    <message>
        <source>At least it has been said: the person can come back to it when ready.</source>
        <translation>Au moins c&apos;est déposé&#xa0;: la personne pourra y revenir quand elle sera prête.</translation>
    </message>
    <message>
        <source>Sometimes the person just needs to say it.</source>
        <translation>Parfois, la personne a juste besoin de le dire.</translation>
    </message>
    <message>
        <source>Something is being done about it.</source>
        <translation>Quelque chose est en cours à ce sujet.</translation>
    </message>
</context>
<context>
    <name>StatusStripChart</name>
    <message>
        <source>Priority statuses over time</source>
        <translation>Statuts des priorités au fil du temps</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1&#xa0;: %2 depuis le %3</translation>
    </message>
    <message>
        <source>No priority yet.</source>
        <translation>Pas encore de priorité.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>StopTimerDialog</name>
    <message>
        <source>Stop the timer</source>
        <translation>Arrêter le chronomètre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enreg&amp;istrer</translation>
    </message>
    <message>
        <source>&amp;Discard this time</source>
        <translation>&amp;Abandonner ce temps</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>S&amp;ituation:</source>
        <translation>S&amp;ituation :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Started at %1. Leave the situation empty for work not tied to one (CdP, training…).</source>
        <translation>Démarré à %1. Laissez la situation vide pour un travail qui n&apos;en concerne aucune (CdP, formation…).</translation>
    </message>
    <message>
        <source>Choose a task from the list.</source>
        <translation>Choisissez une tâche de la liste.</translation>
    </message>
    <message>
        <source>No single situation matches: choose one from the list, or leave it empty.</source>
        <translation>Aucune situation ne correspond de façon certaine : choisissez-la dans la liste, ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <source>Structured parts of the canvas (read-only)</source>
        <translation>Parties structurées du canevas (lecture seule)</translation>
    </message>
    <message>
        <source>Structured parts (read-only)</source>
        <translation>Parties structurées (lecture seule)</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Resources mobilised</source>
        <translation>Ressources mobilisées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>month %1: %2</source>
        <translation>mois %1 : %2</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Months of accompaniment</source>
        <translation>Mois d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Pathologies</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <source>Network (roles only)</source>
        <translation>Réseau (rôles seulement)</translation>
    </message>
    <message>
        <source>Dialogue tool</source>
        <translation>Outil de dialogue</translation>
    </message>
    <message>
        <source>In the person&apos;s words (exported)</source>
        <translation>Dans les mots de la personne (exporté)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Resource (exported)</source>
        <translation>Ressource (exportée)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Who mobilises</source>
        <translation>Qui mobilise</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>Dans le répertoire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>TaskCombo</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
</context>
<context>
    <name>ThemeCombo</name>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Unknown theme (%1)</source>
        <translation>Thème inconnu (%1)</translation>
    </message>
</context>
<context>
    <name>TimeEntriesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Mobilisation</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Invisible work</source>
        <translation>Travail invisible</translation>
    </message>
    <message>
        <source>With the person</source>
        <translation>Avec la personne</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
</context>
<context>
    <name>TimeListView</name>
    <message>
        <source>No time recorded.</source>
        <translation>Aucun temps enregistré.</translation>
    </message>
    <message>
        <source>Total %1 · with the person %2 · invisible work %3 (%4 %)</source>
        <translation>Total %1 · avec la personne %2 · travail invisible %3 (%4 %)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Log t&amp;ime…</source>
        <translation>&amp;Noter du temps…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Only the %1 most recent lines are shown; the totals cover the whole period.</source>
        <translation>Seules les %1 lignes les plus récentes sont affichées ; les totaux couvrent toute la période.</translation>
    </message>
    <message>
        <source>Delete this line: %1, %2 on %3?</source>
        <translation>Supprimer cette ligne : %1, %2 le %3 ?</translation>
    </message>
    <message>
        <source>Delete the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Stop the timer</source>
        <translation>Arrêter le chronomètre</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Démarrer le chronomètre</translation>
    </message>
    <message>
        <source>Stop and say what the time was for</source>
        <translation>Arrêter et dire à quoi ce temps a servi</translation>
    </message>
    <message>
        <source>Time work at the desk: a call, mails, paperwork</source>
        <translation>Chronométrer un travail au bureau : un appel, des mails, des papiers</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>Running for more than 24 h: forgotten?</source>
        <translation>En cours depuis plus de 24 h : oublié ?</translation>
    </message>
</context>
<context>
    <name>ToolPages</name>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Pénuries</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Invisible work</source>
        <translation>Travail invisible</translation>
    </message>
    <message>
        <source>CdP sessions</source>
        <translation>Séances de CdP</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur de CdP</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Journal des exports</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Save them before closing?</source>
        <translation>Cette page a des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Relais — unlock</source>
        <translation>Relais — déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open another register</source>
        <translation>Ouvrir un autre registre</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Unlock your register</source>
        <translation>Déverrouillez votre registre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Code de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation>Utiliser plutôt le code de &amp;récupération</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Open another register…</source>
        <translation>&amp;Ouvrir un autre registre…</translation>
    </message>
    <message>
        <source>Create a &amp;new register…</source>
        <translation>Créer un &amp;nouveau registre…</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>This folder does not contain a Relais register. Open another register, or create a new one.</source>
        <translation>Ce dossier ne contient pas de registre Relais. Ouvrez un autre registre ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>The register folder cannot be found: %1. It may have been moved, or be on a disk that is not connected.</source>
        <translation>Le dossier du registre est introuvable&#xa0;: %1. Il a peut-être été déplacé, ou se trouve sur un disque qui n&apos;est pas branché.</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Utiliser plutôt la &amp;phrase de passe</translation>
    </message>
    <message>
        <source>Unlocking with the key remembered on this computer…</source>
        <translation>Déverrouillage avec la clé mémorisée sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Tapez votre code de récupération.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase de passe.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>This register is already open in another Relais window. Switch to that window, or close it first.</source>
        <translation>Ce registre est déjà ouvert dans une autre fenêtre de Relais. Passez à cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The first opening after an update of Relais also updates the register and checks it: this can take a few more seconds. Leave Relais open.</source>
        <translation>La première ouverture après une mise à jour de Relais met aussi le registre à jour et le vérifie&#xa0;: cela peut prendre quelques secondes de plus. Laissez Relais ouvert.</translation>
    </message>
    <message>
        <source>The key remembered on this computer could not be used: type your passphrase.</source>
        <translation>La clé mémorisée sur cet ordinateur n&apos;a pas pu être utilisée&#xa0;: tapez votre phrase de passe.</translation>
    </message>
    <message>
        <source>This recovery code does not open the register. Check each group of characters (spaces and capitals do not matter).</source>
        <translation>Ce code de récupération n&apos;ouvre pas le registre. Vérifiez chaque groupe de caractères (espaces et majuscules n&apos;ont pas d&apos;importance).</translation>
    </message>
    <message>
        <source>This passphrase does not open the register. Check the keyboard layout and Caps Lock, or use the recovery code.</source>
        <translation>Cette phrase de passe n&apos;ouvre pas le registre. Vérifiez la disposition du clavier et la touche Verr. Maj, ou utilisez le code de récupération.</translation>
    </message>
    <message>
        <source>The register folder cannot be found, or is not a Relais register.</source>
        <translation>Le dossier du registre est introuvable, ou ce n&apos;est pas un registre Relais.</translation>
    </message>
    <message>
        <source>The register is damaged and was not opened, so that nothing is written to it. Restore a backup (command: relais restore).</source>
        <translation>Le registre est endommagé&#xa0;; il n&apos;a pas été ouvert, pour que rien n&apos;y soit écrit. Restaurez une sauvegarde (commande&#xa0;: relais restore).</translation>
    </message>
    <message>
        <source>The key file of the register (keyslots.json) is damaged. Restore a backup.</source>
        <translation>Le fichier de clés du registre (keyslots.json) est endommagé. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>This register was written by a newer version of Relais. Update Relais to open it.</source>
        <translation>Ce registre a été écrit par une version plus récente de Relais. Mettez Relais à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Relais is not allowed to read this folder. Check its permissions.</source>
        <translation>Relais n&apos;a pas le droit de lire ce dossier. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The register could not be opened (%1).</source>
        <translation>Le registre n&apos;a pas pu être ouvert (%1).</translation>
    </message>
</context>
</TS>
