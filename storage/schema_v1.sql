-- Relais register schema, version 1 (frozen: never edit; add a migration instead).
-- Used to build version-1 registers for the migration tests.
CREATE TABLE cdpsession (
	id INTEGER NOT NULL, 
	held_on DATE NOT NULL, 
	group_name VARCHAR NOT NULL, 
	noeud VARCHAR, 
	noeud_text VARCHAR NOT NULL, 
	snapshots_json VARCHAR NOT NULL, 
	feedback_positive VARCHAR NOT NULL, 
	feedback_difficulty VARCHAR NOT NULL, 
	feedback_new VARCHAR NOT NULL, 
	feedback_solution VARCHAR NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_cdpsession_held_on ON cdpsession (held_on);
CREATE TABLE exportlog (
	id INTEGER NOT NULL, 
	exported_at DATETIME NOT NULL, 
	kind VARCHAR NOT NULL, 
	format VARCHAR NOT NULL, 
	settings_json VARCHAR NOT NULL, 
	item_count INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_exportlog_exported_at ON exportlog (exported_at);
CREATE TABLE person (
	id INTEGER NOT NULL, 
	first_name VARCHAR NOT NULL, 
	last_name VARCHAR NOT NULL, 
	birth_year INTEGER, 
	sex VARCHAR, 
	address VARCHAR NOT NULL, 
	postcode VARCHAR NOT NULL, 
	commune VARCHAR NOT NULL, 
	phone VARCHAR NOT NULL, 
	email VARCHAR NOT NULL, 
	languages VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_person_names ON person (last_name, first_name);
CREATE TABLE resource (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	category VARCHAR, 
	resource_type VARCHAR, 
	commune VARCHAR NOT NULL, 
	phone VARCHAR NOT NULL, 
	email VARCHAR NOT NULL, 
	website VARCHAR NOT NULL, 
	address VARCHAR NOT NULL, 
	conditions VARCHAR NOT NULL, 
	cost VARCHAR NOT NULL, 
	waiting_list_notes VARCHAR NOT NULL, 
	learned_from VARCHAR, 
	last_checked DATE, 
	notes VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE INDEX ix_resource_category ON resource (category);
CREATE INDEX ix_resource_commune ON resource (commune);
CREATE INDEX ix_resource_name ON resource (name);
CREATE INDEX ix_resource_resource_type ON resource (resource_type);
CREATE TABLE networkmember (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	role VARCHAR NOT NULL, 
	name VARCHAR NOT NULL, 
	organisation VARCHAR NOT NULL, 
	phone VARCHAR NOT NULL, 
	email VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_networkmember_person_id ON networkmember (person_id);
CREATE TABLE situation (
	id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	code VARCHAR NOT NULL, 
	status VARCHAR NOT NULL, 
	started_on DATE NOT NULL, 
	closed_on DATE, 
	closure_reason VARCHAR, 
	narrative VARCHAR NOT NULL, 
	origin VARCHAR, 
	other_pathologies VARCHAR NOT NULL, 
	consent_cdp BOOLEAN NOT NULL, 
	consent_date DATE, 
	next_checkin DATE, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE, 
	UNIQUE (code)
);
CREATE INDEX ix_situation_next_checkin ON situation (next_checkin);
CREATE INDEX ix_situation_person_id ON situation (person_id);
CREATE INDEX ix_situation_status ON situation (status);
CREATE INDEX ix_situation_updated_at ON situation (updated_at);
CREATE TABLE dialoguesession (
	id INTEGER NOT NULL, 
	situation_id INTEGER NOT NULL, 
	held_on DATE NOT NULL, 
	mode VARCHAR NOT NULL, 
	cards_json VARCHAR NOT NULL, 
	difficulties VARCHAR NOT NULL, 
	added_value VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(situation_id) REFERENCES situation (id) ON DELETE CASCADE
);
CREATE INDEX ix_dialoguesession_situation_id ON dialoguesession (situation_id);
CREATE TABLE followup (
	id INTEGER NOT NULL, 
	situation_id INTEGER NOT NULL, 
	due_on DATE NOT NULL, 
	note VARCHAR NOT NULL, 
	done_on DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(situation_id) REFERENCES situation (id) ON DELETE CASCADE
);
CREATE INDEX ix_followup_due_on ON followup (due_on);
CREATE INDEX ix_followup_situation_id ON followup (situation_id);
CREATE TABLE situationpathology (
	situation_id INTEGER NOT NULL, 
	pathology VARCHAR NOT NULL, 
	PRIMARY KEY (situation_id, pathology), 
	FOREIGN KEY(situation_id) REFERENCES situation (id) ON DELETE CASCADE
);
CREATE INDEX ix_situationpathology_pathology ON situationpathology (pathology);
CREATE TABLE situationvulnerability (
	situation_id INTEGER NOT NULL, 
	vulnerability VARCHAR NOT NULL, 
	PRIMARY KEY (situation_id, vulnerability), 
	FOREIGN KEY(situation_id) REFERENCES situation (id) ON DELETE CASCADE
);
CREATE INDEX ix_situationvulnerability_vulnerability ON situationvulnerability (vulnerability);
CREATE TABLE priority (
	id INTEGER NOT NULL, 
	situation_id INTEGER NOT NULL, 
	dialogue_session_id INTEGER, 
	text VARCHAR NOT NULL, 
	theme VARCHAR, 
	rank INTEGER NOT NULL, 
	raised_on DATE NOT NULL, 
	status VARCHAR NOT NULL, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(situation_id) REFERENCES situation (id) ON DELETE CASCADE, 
	FOREIGN KEY(dialogue_session_id) REFERENCES dialoguesession (id) ON DELETE SET NULL
);
CREATE INDEX ix_priority_dialogue_session_id ON priority (dialogue_session_id);
CREATE INDEX ix_priority_situation_id ON priority (situation_id);
CREATE INDEX ix_priority_status ON priority (status);
CREATE TABLE mobilisation (
	id INTEGER NOT NULL, 
	situation_id INTEGER NOT NULL, 
	resource_id INTEGER, 
	resource_name VARCHAR NOT NULL, 
	priority_id INTEGER, 
	who_mobilises VARCHAR NOT NULL, 
	mode VARCHAR, 
	status VARCHAR NOT NULL, 
	reason VARCHAR, 
	started_on DATE NOT NULL, 
	ended_on DATE, 
	notes VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(situation_id) REFERENCES situation (id) ON DELETE CASCADE, 
	FOREIGN KEY(resource_id) REFERENCES resource (id) ON DELETE SET NULL, 
	FOREIGN KEY(priority_id) REFERENCES priority (id) ON DELETE SET NULL
);
CREATE INDEX ix_mobilisation_priority_id ON mobilisation (priority_id);
CREATE INDEX ix_mobilisation_resource_id ON mobilisation (resource_id);
CREATE INDEX ix_mobilisation_situation_id ON mobilisation (situation_id);
CREATE INDEX ix_mobilisation_status ON mobilisation (status);
CREATE TABLE prioritystatuschange (
	id INTEGER NOT NULL, 
	priority_id INTEGER NOT NULL, 
	status VARCHAR NOT NULL, 
	changed_on DATE NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(priority_id) REFERENCES priority (id) ON DELETE CASCADE
);
CREATE INDEX ix_prioritystatuschange_priority_id ON prioritystatuschange (priority_id);
CREATE TABLE mobilisationstatuschange (
	id INTEGER NOT NULL, 
	mobilisation_id INTEGER NOT NULL, 
	status VARCHAR NOT NULL, 
	reason VARCHAR, 
	changed_on DATE NOT NULL, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(mobilisation_id) REFERENCES mobilisation (id) ON DELETE CASCADE
);
CREATE INDEX ix_mobilisationstatuschange_changed_on ON mobilisationstatuschange (changed_on);
CREATE INDEX ix_mobilisationstatuschange_mobilisation_id ON mobilisationstatuschange (mobilisation_id);
CREATE TABLE timeentry (
	id INTEGER NOT NULL, 
	worked_on DATE NOT NULL, 
	minutes INTEGER NOT NULL, 
	task VARCHAR NOT NULL, 
	situation_id INTEGER, 
	mobilisation_id INTEGER, 
	note VARCHAR NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(situation_id) REFERENCES situation (id) ON DELETE CASCADE, 
	FOREIGN KEY(mobilisation_id) REFERENCES mobilisation (id) ON DELETE SET NULL
);
CREATE INDEX ix_timeentry_mobilisation_id ON timeentry (mobilisation_id);
CREATE INDEX ix_timeentry_situation_date ON timeentry (situation_id, worked_on);
CREATE INDEX ix_timeentry_task ON timeentry (task);
CREATE INDEX ix_timeentry_worked_on ON timeentry (worked_on);
PRAGMA user_version = 1;
