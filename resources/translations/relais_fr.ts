<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>CardGrid</name>
    <message>
        <source>%1 (drawn, number %2)</source>
        <translation>%1 (tirée, numéro %2)</translation>
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
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle séance</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
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
        <source>&amp;Save session</source>
        <translation>&amp;Enregistrer la séance</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+Enter)</source>
        <translation>Enregistrer la séance (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
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
        <source>&amp;Priorities, in the person&apos;s words</source>
        <translation>&amp;Priorités, dans les mots de la personne</translation>
    </message>
    <message>
        <source>Two or three are enough; saying it is already something.</source>
        <translation>Deux ou trois suffisent&#xa0;; le dire, c&apos;est déjà quelque chose.</translation>
    </message>
    <message>
        <source>D&amp;ifficulties encountered</source>
        <translation>D&amp;ifficultés rencontrées</translation>
    </message>
    <message>
        <source>Added &amp;value experienced</source>
        <translation>Plus-&amp;value éprouvée</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
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
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
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
    <name>EditorHeader</name>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>Ann&amp;uler la dernière modification</translation>
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
        <source>A backup copy of the whole register is made first, in %1. It is encrypted like the register; automatic backups are deleted in turn as newer ones are made.</source>
        <translation>Une copie de sauvegarde de tout le registre est d&apos;abord faite, dans %1. Elle est chiffrée comme le registre&#xa0;; les sauvegardes automatiques sont supprimées à mesure que de plus récentes sont faites.</translation>
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
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
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
        <translation>&amp;Fait</translation>
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
        <source>The situation editor is not available in this version.</source>
        <translation>L&apos;éditeur de situation n&apos;est pas disponible dans cette version.</translation>
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
        <translation>&amp;Registre</translation>
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
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
        <translation>Lan&amp;gues parlées</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>C&amp;ommune</source>
        <translation>C&amp;ommune</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
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
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Change the s&amp;tatus…</source>
        <translation>Changer le s&amp;tatut…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Sa&amp;ve the words</source>
        <translation>En&amp;registrer les mots</translation>
    </message>
    <message>
        <source>A new priority, in the person&apos;s words…</source>
        <translation>Une nouvelle priorité, dans les mots de la personne…</translation>
    </message>
    <message>
        <source>Theme of the new priority</source>
        <translation>Thème de la nouvelle priorité</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Statuses over time</source>
        <translation>Statuts au fil du temps</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nouvelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priorities, by rank</source>
        <translation>&amp;Priorités, par rang</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>Mo&amp;ts&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Selected priority</source>
        <translation>Priorité sélectionnée</translation>
    </message>
    <message>
        <source>H&amp;istory of its statuses</source>
        <translation>H&amp;istorique de ses statuts</translation>
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
        <source>&amp;Add a line</source>
        <translation>&amp;Ajouter une ligne</translation>
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
        <translation>Effacer les &amp;filtres</translation>
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
        <source>S&amp;tatus:</source>
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
        <source>“Back up now” (Ctrl+Shift+S) writes an encrypted copy there. A USB stick kept elsewhere is a good place.</source>
        <translation>«&#xa0;Sauvegarder maintenant&#xa0;» (Ctrl+Maj+S) y écrit une copie chiffrée. Une clé USB rangée ailleurs est un bon endroit.</translation>
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
    <name>SituationEditor</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>&amp;Effacer cette personne…</translation>
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
</context>
<context>
    <name>SituationForm</name>
    <message>
        <source>The story of the situation, in your words: what the person lives, what they ask, what you noticed during the visit…</source>
        <translation>L&apos;histoire de la situation, avec vos mots&#xa0;: ce que vit la personne, ce qu&apos;elle demande, ce que vous avez remarqué pendant la visite…</translation>
    </message>
    <message>
        <source>&amp;Narrative (récit)</source>
        <translation>&amp;Récit</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>S&amp;tarted on</source>
        <translation>&amp;Débuté le</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>How the person came &amp;in</source>
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
        <source>&amp;planned on</source>
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
        <source>&amp;Vulnerabilities</source>
        <translation>&amp;Vulnérabilités</translation>
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
        <source>Pat&amp;hologies</source>
        <translation>Pat&amp;hologies</translation>
    </message>
    <message>
        <source>Details, other conditions…</source>
        <translation>Précisions, autres affections…</translation>
    </message>
    <message>
        <source>Other pathologies, &amp;details</source>
        <translation>Autres pathologies, pré&amp;cisions</translation>
    </message>
    <message>
        <source>(%1 ticked)</source>
        <translation>(cochées&#xa0;: %1)</translation>
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
        <source>&amp;Resume active accompaniment</source>
        <translation>&amp;Reprendre l&apos;accompagnement actif</translation>
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
        <source>Re&amp;open</source>
        <translation>Ré&amp;ouvrir</translation>
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
        <source>P&amp;riorities</source>
        <translation>Pri&amp;orités</translation>
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
        <translation>&amp;Date&#xa0;:</translation>
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
